// Saved charts on the chart page: save what is shown as a chart, make a saved one a favorite, edit
// or delete it.
import { h, show, notice } from '../dom.js';
import { go } from '../router.js';
import { graphql } from '../graphql.js';
import { current, isAdmin } from '../session.js';
import { clear, selected } from './selection.js';

/** The buttons for this chart: "Save as chart" for unsaved datapoints, the favorite toggle else. */
export async function chartActions(saved, ids) {
  const message = h('span', { 'aria-live': 'polite' });
  if (!saved) {
    const name = h('input', { id: 'chart-name', 'aria-label': 'Chart name', placeholder: 'Chart name', required: true });
    const form = h('form', { class: 'save' }, name, h('button', { type: 'submit' }, 'Save as chart'), message);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const { createChart } = await graphql(
          'mutation($n: String!, $d: [BigInteger!]!) { createChart(name: $n, datapointIds: $d) { id } }',
          { n: name.value, d: ids });
        // The picked datapoints are charted now: the next chart starts a new pick.
        if (String(selected().sort()) === String([...ids].sort())) clear();
        go(`/chart?chart=${createChart.id}`);
      } catch (e) {
        show(message, notice(e.message));
      }
    });
    return form;
  }
  const favorites = (await graphql('{ favorites { id } }')).favorites.map((c) => c.id);
  let favorite = favorites.includes(saved.id);
  const button = h('button', { type: 'button', id: 'favorite', 'aria-pressed': String(favorite) });
  const label = () => { button.textContent = favorite ? '★ In your favorites' : '☆ Add to favorites'; };
  label();
  button.addEventListener('click', async () => {
    try {
      await graphql(`mutation($c: BigInteger!) { ${favorite ? 'remove' : 'add'}Favorite(chartId: $c) { id } }`,
        { c: saved.id });
      favorite = !favorite;
      button.setAttribute('aria-pressed', String(favorite));
      label();
    } catch (e) {
      show(message, notice(e.message));
    }
  });
  return h('span', {}, button, message);
}

/**
 * Editing a saved chart, for its owner and admins: rename it, drop datapoints, add the ones picked
 * on agent pages, or delete it.
 */
export function editChart(saved, datapoints) {
  const session = current();
  if (saved.owner !== session?.username && !isAdmin()) return null;
  const message = h('div', { 'aria-live': 'polite' });
  const name = h('input', { id: 'edit-name', value: saved.name, required: true });
  const keep = datapoints.map((d) => h('input', {
    type: 'checkbox', checked: true, value: d.idxDatapoint, id: `keep-${d.idxDatapoint}` }));
  const picked = selected().filter((id) => !saved.datapointIds.includes(id));
  const add = h('input', { type: 'checkbox', id: 'add-picked', checked: picked.length > 0 });
  const form = h('form', { class: 'edit' },
    h('label', { for: 'edit-name' }, 'Name'), name,
    h('fieldset', {}, h('legend', {}, 'Datapoints'),
      datapoints.map((d, i) => h('div', {}, keep[i], ' ',
        h('label', { for: `keep-${d.idxDatapoint}` }, d.label ?? d.key)))),
    picked.length
      ? h('div', {}, add, ' ', h('label', { for: 'add-picked' },
        `Add the ${picked.length} datapoint${picked.length === 1 ? '' : 's'} picked on agent pages`))
      : null,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Save changes'),
      h('button', { type: 'button', class: 'danger', onclick: remove }, 'Delete chart')),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const ids = keep.filter((k) => k.checked).map((k) => Number(k.value))
      .concat(add.checked ? picked : []);
    try {
      await graphql('mutation($id: BigInteger!, $n: String, $d: [BigInteger!]) {'
        + ' updateChart(id: $id, name: $n, datapointIds: $d) { id } }',
      { id: saved.id, n: name.value, d: ids });
      if (add.checked) clear();
      go(`/chart?chart=${saved.id}`);
    } catch (e) {
      show(message, notice(e.message));
    }
  });
  async function remove() {
    if (!confirm(`Delete the chart "${saved.name}" for everyone?`)) return;
    try {
      await graphql('mutation($id: BigInteger!) { deleteChart(id: $id) }', { id: saved.id });
      go('/dashboard');
    } catch (e) {
      show(message, notice(e.message));
    }
  }
  return h('details', { class: 'card edit-chart' }, h('summary', {}, 'Edit chart'), form);
}
