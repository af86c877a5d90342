// Every agent: its program (translated) and polled target, when it was last seen, how many
// datapoints it has; sorted by program, then target, as the original; filtered as you type.
import { h, show, ago, scrolling } from '../dom.js';
import { graphql } from '../graphql.js';

const PAGE = `query($after: String) { agents(first: 200, after: $after) {
  edges { node { idxAgent agentId agentPolledTarget agentProgram agentProgramName
                 datapointCount lastSeen } }
  pageInfo { hasNextPage endCursor } } }`;

export async function render(view) {
  const agents = [];
  let after = null;
  do {
    const page = (await graphql(PAGE, { after })).agents;
    agents.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && agents.length < 5000);

  const search = h('input', {
    type: 'search', id: 'agent-search', placeholder: 'Filter by program, target or agent id',
    'aria-label': 'Filter agents' });
  const body = h('tbody');
  const count = h('p', { class: 'muted', 'aria-live': 'polite' });
  const fill = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = agents.filter((a) => {
      const text = `${a.agentProgramName ?? ''} ${a.agentProgram} ${a.agentPolledTarget} ${a.agentId}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    show(body, shown.map(row));
    count.textContent = `${shown.length} of ${agents.length} agents`;
  };
  search.addEventListener('input', fill);
  fill();
  show(view,
    h('h1', {}, 'Agents'),
    search, count,
    scrolling(h('table', { class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Program'), h('th', { scope: 'col' }, 'Target'),
        h('th', { scope: 'col' }, 'Agent id'), h('th', { scope: 'col', class: 'num' }, 'Datapoints'),
        h('th', { scope: 'col' }, 'Last seen'))),
      body)));
}

function row(a) {
  const link = `#/agent?id=${encodeURIComponent(a.agentId)}&target=${encodeURIComponent(a.agentPolledTarget)}`;
  return h('tr', {},
    h('td', {}, h('a', { href: link }, a.agentProgramName ?? a.agentProgram)),
    h('td', {}, a.agentPolledTarget),
    h('td', { class: 'muted' }, a.agentId),
    h('td', { class: 'num' }, a.datapointCount),
    h('td', { title: a.lastSeen ? new Date(a.lastSeen).toISOString() : '' }, ago(a.lastSeen)));
}
