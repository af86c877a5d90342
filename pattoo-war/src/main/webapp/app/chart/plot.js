// Time-series charts drawn with uPlot: one or many series on a shared time axis, nulls drawn as
// gaps, and for rolled-up data a band from min to max around the average. Series in different
// units get their own y scales: the first unit's axis on the left, the second's on the right.
import uPlot from '../../vendor/uplot.js';

const COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#4b5563'];

/**
 * Draws {@code series} ([{ label, units, timestamps, values, mins, maxs }]) into {@code el}.
 * {@code onZoom(from, to)}, when given, is called with the range the user selected (epoch ms).
 */
export function plot(el, series, { height = 320, small = false, onZoom } = {}) {
  const tables = series.map((s) => [s.timestamps, s.values]);
  const bands = [];
  const opts = {
    width: Math.max(200, el.clientWidth || 600),
    height,
    ms: 1,
    legend: { show: !small },
    cursor: small ? { show: false } : { drag: { x: true, y: false } },
    axes: [{}],
    scales: { x: { time: true } },
    series: [{}],
    bands,
    hooks: onZoom ? { setSelect: [(u) => zoomed(u, onZoom)] } : {},
  };
  const units = [...new Set(series.map((s) => s.units ?? ''))];
  units.slice(0, 2).forEach((u, i) => opts.axes.push({
    scale: `u:${u}`, side: i === 0 ? 3 : 1, size: 60, label: small ? undefined : u || undefined,
    grid: { show: i === 0 } }));
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const unit = s.units ? ` ${s.units}` : '';
    opts.series.push({
      scale: `u:${s.units ?? ''}`,
      label: s.label,
      stroke: colour,
      width: small ? 1 : 1.5,
      value: (u, v) => (v == null ? '–' : `${round(v)}${unit}`),
    });
    if (!small && s.mins?.some((m, j) => m != null && m !== s.maxs[j])) {
      tables.push([s.timestamps, s.maxs], [s.timestamps, s.mins]);
    }
  });
  const data = uPlot.join(tables);
  // Bands: the max and min columns follow the series columns, in the order pushed above.
  let column = series.length + 1;
  series.forEach((s, i) => {
    if (!small && s.mins?.some((m, j) => m != null && m !== s.maxs[j])) {
      const colour = COLOURS[i % COLOURS.length];
      opts.series.push(
        { scale: `u:${s.units ?? ''}`, label: `${s.label} max`, stroke: 'transparent' },
        { scale: `u:${s.units ?? ''}`, label: `${s.label} min`, stroke: 'transparent' });
      bands.push({ series: [column, column + 1], fill: `${colour}22` });
      column += 2;
    }
  });
  opts.legend.markers = { show: true };
  const chart = new uPlot(opts, data, el);
  const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(200, el.clientWidth), height }));
  resize.observe(el);
  return { destroy: () => { resize.disconnect(); chart.destroy(); }, chart };
}

function zoomed(u, onZoom) {
  const { left, width } = u.select;
  if (width < 5) return;
  const from = Math.round(u.posToVal(left, 'x'));
  const to = Math.round(u.posToVal(left + width, 'x'));
  u.setSelect({ width: 0, height: 0 }, false);
  onZoom(from, to);
}

function round(v) {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 1 ? v.toFixed(2) : v.toPrecision(3);
}
