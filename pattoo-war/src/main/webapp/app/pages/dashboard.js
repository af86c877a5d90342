// Your dashboard: your favorite charts drawn side by side in your order, over one range; drag a
// chart by its handle (or use its move buttons) to reorder. Below, every chart of the site: the
// original's named sets of datapoints, any of which can join the dashboard from its page.
import { h, show, notice, scrolling } from '../dom.js';
import { go } from '../router.js';
import { graphql } from '../graphql.js';
import { plot } from '../chart/plot.js';
import { readSeries, RANGES, unitsOf } from '../chart/series.js';
import { readStates, timeline } from '../chart/states.js';
import { reorderable } from '../chart/reorder.js';

const CHARTS = `{
  favorites { id name datapoints { idxDatapoint key label units dataType } }
  charts { id name owner datapointIds } }`;

let drawn = [];

export async function render(view, params) {
  drawn.forEach((d) => d.destroy());
  drawn = [];
  const { favorites, charts } = await graphql(CHARTS);
  const range = RANGES[params.range] ? params.range : '1d';
  const to = Date.now();
  const from = to - RANGES[range];
  const message = h('div', { 'aria-live': 'polite' });
  const grid = h('ol', { class: 'dashboard', 'aria-label': 'Your favorite charts' });
  const order = favorites.map((c) => c.id);

  const cards = new Map(favorites.map((c) => [c.id, card(c)]));
  const place = () => {
    grid.replaceChildren(...order.map((id) => cards.get(id)));
    order.forEach((id, i) => {
      const [up, down] = cards.get(id).querySelectorAll('.move');
      up.disabled = i === 0;
      down.disabled = i === order.length - 1;
    });
  };
  const save = async (ids) => {
    try {
      const { setFavorites } = await graphql(
        'mutation($c: [BigInteger!]!) { setFavorites(chartIds: $c) { id } }', { c: ids });
      order.splice(0, order.length, ...setFavorites.map((c) => c.id));
      place();
      show(message);
    } catch (e) {
      show(message, notice(e.message));
    }
  };
  const move = (i, j) => {
    const ids = [...order];
    ids.splice(j, 0, ids.splice(i, 1)[0]);
    return save(ids);
  };
  function card(c) {
    const index = () => order.indexOf(c.id);
    return h('li', { class: 'card', 'data-id': c.id },
      h('div', { class: 'card-head' },
        h('span', { class: 'handle', title: 'Drag to move', 'aria-hidden': 'true' }, '⠿'),
        h('h2', {}, h('a', { href: `#/chart?chart=${c.id}&range=${range}` }, c.name)),
        h('button', { type: 'button', class: 'ghost small move', 'aria-label': `Move ${c.name} up`,
          onclick: () => move(index(), index() - 1) }, '↑'),
        h('button', { type: 'button', class: 'ghost small move', 'aria-label': `Move ${c.name} down`,
          onclick: () => move(index(), index() + 1) }, '↓'),
        h('button', { type: 'button', class: 'ghost small', 'aria-label': `Remove ${c.name} from the dashboard`,
          onclick: () => save(order.filter((x) => x !== c.id)) }, 'Remove')),
      h('div', { class: 'dash-plot' }));
  }
  reorderable(grid, move);
  place();

  show(view,
    h('h1', {}, 'Dashboard'),
    h('div', { class: 'presets', role: 'group', 'aria-label': 'Range' },
      Object.keys(RANGES).map((r) => h('button', {
        type: 'button', 'aria-pressed': String(r === range), onclick: () => go(`/dashboard?range=${r}`) }, r))),
    message,
    favorites.length ? grid
      : notice('No charts here yet: pick datapoints on an agent\'s page, chart them, save the chart and add it to your favorites.', 'info'),
    h('h2', { class: 'section' }, 'All charts'),
    scrolling(h('table', { class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Owner'),
        h('th', { scope: 'col', class: 'num' }, 'Datapoints'))),
      h('tbody', {}, charts.map((c) => h('tr', {},
        h('td', {}, h('a', { href: `#/chart?chart=${c.id}` }, c.name)),
        h('td', {}, c.owner),
        h('td', { class: 'num' }, c.datapointIds.length)))))));
  await drawAll(favorites, cards, from, to);
  view.dataset.drawnAt = String(performance.now());
}

/** One read for every numeric series of the dashboard, then each chart draws its own. */
async function drawAll(favorites, cards, from, to) {
  const numeric = [...new Set(favorites.flatMap((c) => c.datapoints)
    .filter((d) => d.dataType !== 2).map((d) => d.idxDatapoint))];
  const byId = new Map((await readSeries(numeric, from, to)).map((s) => [s.idxDatapoint, s]));
  for (const c of favorites) {
    const area = cards.get(c.id).querySelector('.dash-plot');
    const series = c.datapoints.map((d) => byId.get(d.idxDatapoint)).filter(Boolean);
    const strings = c.datapoints.filter((d) => d.dataType === 2);
    if (series.length) {
      const el = h('div', { role: 'img', 'aria-label': `${c.name}: ${series.map((s) => `${s.label} ${unitsOf(s.datapoint)}`).join(', ')}` });
      area.append(el);
      drawn.push(plot(el, series, { height: 200 }));
    }
    if (strings.length) area.append(timeline(await readStates(strings, from, to), from, to));
    if (!c.datapoints.length) area.append(notice('This chart has no datapoints left.', 'info'));
  }
}
