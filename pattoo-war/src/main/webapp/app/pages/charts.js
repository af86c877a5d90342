// Your favorite charts, in your order (move them up and down, or remove them), then every chart
// of the site: the original's dashboards, named sets of datapoints.
import { h, show, notice } from '../dom.js';
import { graphql } from '../graphql.js';

const FIELDS = 'id name owner datapointIds';

export async function render(view) {
  const { favorites, charts } = await graphql(`{ favorites { ${FIELDS} } charts { ${FIELDS} } }`);
  const message = h('div', { 'aria-live': 'polite' });
  const list = h('ol', { class: 'favorites', 'aria-label': 'Your favorite charts' });
  const order = favorites.map((c) => c.id);
  const byId = new Map(charts.concat(favorites).map((c) => [c.id, c]));

  const save = async (ids) => {
    try {
      const answer = await graphql(
        `mutation($c: [BigInteger!]!) { setFavorites(chartIds: $c) { id } }`, { c: ids });
      order.splice(0, order.length, ...answer.setFavorites.map((c) => c.id));
      fill();
    } catch (e) {
      show(message, notice(e.message));
    }
  };
  const move = (i, by) => {
    const ids = [...order];
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    return save(ids);
  };
  const fill = () => show(list, order.length
    ? order.map((id, i) => {
      const c = byId.get(id);
      return h('li', { 'data-id': id },
        h('a', { href: `#/chart?chart=${id}` }, c.name), ' ',
        h('button', { type: 'button', class: 'ghost small', 'aria-label': `Move ${c.name} up`,
          disabled: i === 0, onclick: () => move(i, -1) }, '↑'),
        h('button', { type: 'button', class: 'ghost small', 'aria-label': `Move ${c.name} down`,
          disabled: i === order.length - 1, onclick: () => move(i, 1) }, '↓'),
        h('button', { type: 'button', class: 'ghost small', 'aria-label': `Remove ${c.name} from favorites`,
          onclick: () => save(order.filter((x) => x !== id)) }, 'Remove'));
    })
    : [h('li', { class: 'muted' }, 'No favorites yet: open a chart and add it.')]);
  fill();

  show(view,
    h('h1', {}, 'Charts'),
    h('h2', {}, 'Your favorites'), list, message,
    h('h2', {}, 'All charts'),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Owner'),
        h('th', { scope: 'col', class: 'num' }, 'Datapoints'))),
      h('tbody', {}, charts.map((c) => h('tr', {},
        h('td', {}, h('a', { href: `#/chart?chart=${c.id}` }, c.name)),
        h('td', {}, c.owner),
        h('td', { class: 'num' }, c.datapointIds.length))))));
}
