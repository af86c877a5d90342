// One agent's datapoints as cards: a small chart of the last day each (a string datapoint shows
// its current value), with the translated label, units and metadata; 24 cards at a time. Cards
// can be picked for a chart of several datapoints.
import { h, show, notice } from '../dom.js';
import { graphql } from '../graphql.js';
import { plot } from '../chart/plot.js';
import { readSeries, unitsOf, RANGES } from '../chart/series.js';
import { selected, selectionBar, toggle } from '../chart/selection.js';

const PAGE = `query($f: DatapointFilter, $after: String, $first: Int) {
  datapoints(filter: $f, first: $first, after: $after) {
    edges { node { idxDatapoint key label units dataType agentProgram
                   metadata { key value } latest { text } } }
    pageInfo { hasNextPage endCursor } } }`;

export async function render(view, params) {
  const filter = { agentId: params.id, agentPolledTarget: params.target };
  // 24 cards at a time; ?cards=N (at most 100) shows more at once.
  const first = Math.min(100, Math.max(1, Number(params.cards) || 24));
  const grid = h('div', { class: 'cards' });
  const more = h('button', { type: 'button', class: 'more' }, 'More datapoints');
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  let after = null;
  let shown = 0;
  const load = async () => {
    more.disabled = true;
    const page = (await graphql(PAGE, { f: filter, after, first })).datapoints;
    const nodes = page.edges.map((e) => e.node);
    const to = Date.now();
    const series = await readSeries(
      nodes.filter((d) => d.dataType !== 2).map((d) => d.idxDatapoint), to - RANGES['1d'], to);
    const byId = new Map(series.map((s) => [s.idxDatapoint, s]));
    for (const d of nodes) grid.append(card(d, byId.get(d.idxDatapoint)));
    shown += nodes.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    more.hidden = !after;
    more.disabled = false;
    status.textContent = `${shown} datapoints${after ? ' so far' : ''}`;
    if (!shown) show(grid, notice('This agent has no datapoints.', 'info'));
    // The small charts draw on the next frame: the page is ready after it.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    view.dataset.loadedAt = String(performance.now());
  };
  more.addEventListener('click', () => load().catch((e) => status.replaceWith(notice(e.message))));
  show(view,
    h('nav', { 'aria-label': 'Breadcrumb', class: 'crumbs' }, h('a', { href: '#/agents' }, 'Agents'), ' / ', params.target),
    h('h1', {}, params.target, h('span', { class: 'muted' }, ` ${params.id}`)),
    status, grid, more, selectionBar());
  await load();
}

function card(d, series) {
  const title = d.label ?? d.key;
  const link = `#/chart?ids=${d.idxDatapoint}&range=1d`;
  const body = h('div', { class: 'spark' });
  const metadata = h('dl', { class: 'meta' },
    d.metadata.flatMap((m) => [h('dt', {}, m.key.replace(`${d.agentProgram}_`, '')), h('dd', {}, m.value)]));
  const pick = h('input', {
    type: 'checkbox', class: 'pick', 'aria-label': `Pick ${title} for a chart`,
    checked: selected().includes(d.idxDatapoint),
    onchange: (e) => toggle(d.idxDatapoint, e.target.checked) });
  const article = h('article', { class: 'card datapoint', 'data-id': d.idxDatapoint },
    h('h2', {}, pick, ' ', h('a', { href: link }, title), unitsOf(d) ? h('span', { class: 'units' }, ` ${unitsOf(d)}`) : null),
    d.label ? h('p', { class: 'key muted' }, d.key) : null,
    body, metadata);
  if (d.dataType === 2) {
    body.append(h('p', { class: 'state' }, d.latest?.text ?? 'no value yet'));
  } else if (series && series.values.some((v) => v != null)) {
    requestAnimationFrame(() => plot(body, [series], { height: 90, small: true }));
  } else {
    body.append(h('p', { class: 'muted' }, 'no samples in the last day'));
  }
  return article;
}
