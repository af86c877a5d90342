// A chart of one or many series: range presets or a custom range, zoom by dragging (the server
// picks the resolution for the new range), live refresh while the range ends now, CSV download
// of what is shown. A saved chart (?chart=ID) draws its datapoints and can be a favorite; any
// other set of datapoints (?ids=1,2) can be saved as a chart.
import { h, show, notice } from '../dom.js';
import { go } from '../router.js';
import { graphql } from '../graphql.js';
import { plot } from '../chart/plot.js';
import { readSeries, RANGES } from '../chart/series.js';
import { chartActions } from '../chart/saved.js';

let current;
let refresh;

export async function render(view, params) {
  clearInterval(refresh);
  const saved = params.chart
    ? (await graphql('query($id: BigInteger!) { chart(id: $id) { id name datapointIds } }',
      { id: Number(params.chart) })).chart
    : null;
  if (params.chart && !saved) return show(view, notice(`There is no chart ${params.chart}.`));
  const ids = saved ? saved.datapointIds : (params.ids ?? '').split(',').filter(Boolean).map(Number);
  const which = saved ? `chart=${saved.id}` : `ids=${ids.join(',')}`;
  // ?resolution=RAW etc. pins the resolution; zooming goes back to AUTO.
  const resolution = params.resolution ?? 'AUTO';
  const live = !params.from;
  const to = live ? Date.now() : Number(params.to);
  const from = live ? to - (RANGES[params.range] ?? RANGES['1d']) : Number(params.from);
  const area = h('div', { class: 'plot', role: 'img', 'aria-label': 'Chart' });
  const caption = h('p', { class: 'muted', 'aria-live': 'polite' });
  const presets = h('div', { class: 'presets', role: 'group', 'aria-label': 'Range' },
    Object.keys(RANGES).map((r) => h('button', {
      type: 'button', 'aria-pressed': String(live && (params.range ?? '1d') === r),
      onclick: () => go(`/chart?${which}&range=${r}`) }, r)));
  const custom = customRange(which, from, to);
  const csv = h('button', { type: 'button', class: 'ghost' }, 'Download CSV');
  show(view, h('h1', { id: 'chart-title' }, saved?.name ?? 'Chart'), presets, custom, area, caption,
    h('div', { class: 'actions' }, csv, await chartActions(saved, ids)));

  const draw = async () => {
    const end = live ? Date.now() : to;
    const start = end - (to - from);
    const series = await readSeries(ids, start, end, resolution);
    if (!saved) {
      document.getElementById('chart-title').textContent = series.map((s) => s.label).join(', ') || 'Chart';
    }
    current?.destroy();
    area.replaceChildren();
    if (!series.length) return show(area, notice('Nothing to draw: no numeric datapoint given.', 'info'));
    current = plot(area, series, {
      onZoom: (f, t) => go(`/chart?${which}&from=${f}&to=${t}`) });
    caption.textContent = `${new Date(from).toLocaleString()} – ${new Date(to).toLocaleString()}, `
      + `${series[0].resolution.toLowerCase().replace('_', ' ')} points`;
    csv.onclick = () => download(series);
    // What was drawn, for the browser tests: the range and the number of points.
    Object.assign(view.dataset, { from: String(start), to: String(end) });
    view.dataset.points = String(series.reduce((n, s) => n + s.timestamps.length, 0));
    view.dataset.drawnAt = String(performance.now());
  };
  await draw();
  if (live) refresh = setInterval(() => location.hash.startsWith('#/chart') ? draw().catch(() => {}) : clearInterval(refresh), 30_000);
}

function customRange(which, from, to) {
  const local = (ms) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  const start = h('input', { type: 'datetime-local', id: 'from', value: local(from) });
  const end = h('input', { type: 'datetime-local', id: 'to', value: local(to) });
  const form = h('form', { class: 'range' },
    h('label', { for: 'from' }, 'From'), start, h('label', { for: 'to' }, 'To'), end,
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(`/chart?${which}&from=${new Date(start.value).getTime()}&to=${new Date(end.value).getTime()}`);
  });
  return form;
}

/** What is drawn, as CSV: one row per time, a column per series. */
function download(series) {
  const times = [...new Set(series.flatMap((s) => s.timestamps))].sort((a, b) => a - b);
  const columns = series.map((s) => new Map(s.timestamps.map((t, i) => [t, s.values[i]])));
  const quote = (t) => `"${String(t).replaceAll('"', '""')}"`;
  const lines = [['time', ...series.map((s) => quote(s.units ? `${s.label} (${s.units})` : s.label))].join(',')];
  for (const t of times) {
    lines.push([new Date(t).toISOString(), ...columns.map((c) => c.get(t) ?? '')].join(','));
  }
  const link = h('a', {
    href: URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'text/csv' })),
    download: 'pattoo-chart.csv' });
  link.click();
  URL.revokeObjectURL(link.href);
}
