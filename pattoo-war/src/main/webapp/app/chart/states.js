// String datapoints as a state timeline: a value holds from its sample until the next one (strings
// are stored only when they change), drawn as coloured spans with the values in a legend.
import { h } from '../dom.js';
import { graphql } from '../graphql.js';

const STATES = `query($id: BigInteger!, $from: BigInteger!, $to: BigInteger!) {
  before: stringHistory(datapointId: $id, from: 0, to: $from, descending: true, first: 1) {
    edges { node { timestamp value } } }
  during: stringHistory(datapointId: $id, from: $from, to: $to, first: 1000) {
    edges { node { timestamp value } } pageInfo { hasNextPage } } }`;

const COLOURS = ['#60a5fa', '#f87171', '#4ade80', '#c084fc', '#fb923c', '#22d3ee', '#a3a3a3', '#facc15'];

/**
 * The states of string datapoints over [from, to): the value holding at {@code from} and every
 * change after it (the first 1,000; {@code truncated} says when there were more).
 */
export async function readStates(datapoints, from, to) {
  return Promise.all(datapoints.map(async (d) => {
    const { before, during } = await graphql(STATES, { id: d.idxDatapoint, from, to });
    return {
      label: d.label ?? d.key,
      changes: [...before.edges, ...during.edges].map((e) => e.node),
      truncated: during.pageInfo.hasNextPage,
    };
  }));
}

/** One row per datapoint: spans from each change to the next, clipped to [from, to). */
export function timeline(rows, from, to) {
  const colours = new Map();
  const colour = (v) => {
    if (!colours.has(v)) colours.set(v, COLOURS[colours.size % COLOURS.length]);
    return colours.get(v);
  };
  const span = to - from;
  const when = (ms) => new Date(ms).toLocaleString();
  const lines = rows.map((row) => {
    const spans = row.changes.map((c, i) => {
      const start = Math.max(from, c.timestamp);
      const end = Math.min(to, row.changes[i + 1]?.timestamp ?? to);
      return { value: c.value, start, end };
    }).filter((s) => s.end > s.start);
    const described = spans.map((s) => `${s.value} from ${when(s.start)} to ${when(s.end)}`);
    return h('div', { class: 'state-row' },
      h('span', { class: 'state-name' }, row.label),
      h('div', {
        class: 'state-track', role: 'img',
        'aria-label': `${row.label}: ${described.slice(0, 20).join('; ') || 'no value in this range'}` },
      spans.map((s) => h('span', {
        class: 'state-span', title: `${s.value}: ${when(s.start)} – ${when(s.end)}`,
        style: `left:${((s.start - from) / span) * 100}%;width:${((s.end - s.start) / span) * 100}%;`
          + `background:${colour(s.value)}` }))),
      row.truncated ? h('span', { class: 'muted' }, 'first 1,000 changes shown') : null);
  });
  const legend = h('ul', { class: 'state-legend', 'aria-label': 'States' },
    [...colours].map(([value, c]) => h('li', {}, h('span', { class: 'swatch', style: `background:${c}` }), value)));
  return h('div', { class: 'states' }, lines, legend);
}
