// Saved charts on the chart page: save what is shown as a chart, or make a saved one a favorite.
import { h, show, notice } from '../dom.js';
import { go } from '../router.js';
import { graphql } from '../graphql.js';

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
