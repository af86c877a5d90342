// A chart of one or many datapoints: range presets or a custom range, zoom by dragging, pan and
// zoom out with buttons (the server picks the resolution for each new range), live refresh while the range ends now, CSV download
// of what is shown; string datapoints as a state timeline under the plot. A saved chart
// (?chart=ID) can be a favorite and be edited; any other set of datapoints (?ids=1,2) saved.
import { h, show, notice } from '../dom.js';
import { go } from '../router.js';
import { graphql } from '../graphql.js';
import { plot } from '../chart/plot.js';
import { readSeries, RANGES } from '../chart/series.js';
import { readStates, timeline } from '../chart/states.js';
import { chartActions, editChart } from '../chart/saved.js';
import { downloadCsv } from '../chart/csv.js';

const BY_IDS = `query($ids: [BigInteger!]!) {
  datapointsByIds(ids: $ids) { idxDatapoint key label units dataType } }`;

let current;
let refresh;

export async function render(view, params) {
  clearInterval(refresh);
  const saved = params.chart
    ? (await graphql('query($id: BigInteger!) { chart(id: $id) { id name owner datapointIds } }',
      { id: Number(params.chart) })).chart
    : null;
  if (params.chart && !saved) return show(view, notice(`There is no chart ${params.chart}.`));
  const ids = saved ? saved.datapointIds : (params.ids ?? '').split(',').filter(Boolean).map(Number);
  const datapoints = ids.length ? (await graphql(BY_IDS, { ids })).datapointsByIds : [];
  const numeric = datapoints.filter((d) => d.dataType !== 2);
  const strings = datapoints.filter((d) => d.dataType === 2);
  const which = saved ? `chart=${saved.id}` : `ids=${ids.join(',')}`;
  // ?resolution=RAW etc. pins the resolution; zooming goes back to AUTO.
  const resolution = params.resolution ?? 'AUTO';
  const live = !params.from;
  const to = live ? Date.now() : Number(params.to);
  const from = live ? to - (RANGES[params.range] ?? RANGES['1d']) : Number(params.from);
  const area = h('div', { class: 'plot', role: 'img', 'aria-label': 'Chart' });
  const states = h('div');
  const caption = h('p', { id: 'chart-caption', class: 'muted', 'aria-live': 'polite' });
  const span = to - from;
  // Pan by half the range, or zoom out to twice it around the same middle; never past now.
  const shift = (f, t) => go(`/chart?${which}&from=${Math.round(f)}&to=${Math.round(Math.min(t, Date.now()))}`);
  const presets = h('div', { class: 'presets', role: 'group', 'aria-label': 'Range' },
    Object.keys(RANGES).map((r) => h('button', {
      type: 'button', 'aria-pressed': String(live && (params.range ?? '1d') === r),
      onclick: () => go(`/chart?${which}&range=${r}`) }, r)),
    h('button', { type: 'button', id: 'earlier', 'aria-label': 'Earlier: back by half the range',
      onclick: () => shift(from - span / 2, to - span / 2) }, '◀'),
    h('button', { type: 'button', id: 'later', 'aria-label': 'Later: forward by half the range',
      disabled: live, onclick: () => shift(from + span / 2, to + span / 2) }, '▶'),
    h('button', { type: 'button', id: 'zoom-out', 'aria-label': 'Zoom out: twice the range',
      onclick: () => shift(from - span / 2, to + span / 2) }, '−'));
  const csv = h('button', { type: 'button', class: 'ghost' }, 'Download CSV');
  if (!datapoints.length) {
    return show(view, h('h1', { id: 'chart-title' }, saved?.name ?? 'Chart'),
      notice('Nothing to draw: none of these datapoints exists.', 'info'),
      saved ? editChart(saved, datapoints) : null);
  }
  const title = saved?.name ?? (datapoints.map((d) => d.label ?? d.key).join(', ') || 'Chart');
  show(view, h('h1', { id: 'chart-title' }, title), presets, customRange(which, from, to),
    numeric.length ? area : null, states, caption,
    h('div', { class: 'actions' }, csv, await chartActions(saved, ids)),
    saved ? editChart(saved, datapoints) : null);

  const draw = async () => {
    const end = live ? Date.now() : to;
    const start = end - (to - from);
    const [series, rows] = await Promise.all([
      readSeries(numeric.map((d) => d.idxDatapoint), start, end, resolution),
      readStates(strings, start, end)]);
    current?.destroy();
    area.replaceChildren();
    if (series.length) {
      current = plot(area, series, { onZoom: (f, t) => go(`/chart?${which}&from=${f}&to=${t}`) });
    }
    show(states, rows.length ? timeline(rows, start, end) : null);
    caption.textContent = `${new Date(start).toLocaleString()} – ${new Date(end).toLocaleString()}`
      + (series.length ? `, ${series[0].resolution.toLowerCase().replace('_', ' ')} points` : '');
    csv.hidden = !series.length;
    csv.onclick = () => downloadCsv(series);
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
