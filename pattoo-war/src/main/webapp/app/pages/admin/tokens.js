// Agent tokens: the secrets agents post with. A new token's secret is shown once, here; a revoked
// token is refused within seconds.
import { h, show, notice, scrolling } from '../../dom.js';
import { graphql } from '../../graphql.js';
import { adminHeader, field, when } from './nav.js';

const TOKENS = '{ agentTokens { id name createdBy createdAt revokedAt } }';

export async function render(view) {
  const message = h('div', { 'aria-live': 'polite' });
  const body = h('tbody');
  const reload = async () => show(body, (await graphql(TOKENS)).agentTokens.map(row));
  function row(t) {
    const revoke = h('button', { type: 'button', class: 'small danger', 'aria-label': `Revoke ${t.name}` }, 'Revoke');
    revoke.addEventListener('click', async () => {
      if (!confirm(`Agents posting with "${t.name}" will be refused. Revoke it?`)) return;
      try {
        await graphql('mutation($id: BigInteger!) { revokeAgentToken(id: $id) { id } }', { id: t.id });
        show(message, notice(`${t.name} is revoked.`, 'info'));
      } catch (e) {
        show(message, notice(e.message));
      }
      await reload();
    });
    return h('tr', { 'data-token': t.name },
      h('td', {}, t.name), h('td', {}, t.createdBy), h('td', {}, when(t.createdAt)),
      h('td', {}, t.revokedAt ? `revoked ${when(t.revokedAt)}` : 'in use'),
      h('td', {}, t.revokedAt ? null : revoke));
  }

  const name = h('input', { id: 'token-name', required: true, placeholder: 'e.g. site-berlin agents' });
  const form = h('form', { class: 'card grid-form', 'aria-labelledby': 'new-token-title' },
    h('h2', { id: 'new-token-title' }, 'New agent token'), field('Name', name),
    h('button', { type: 'submit', class: 'primary' }, 'Create token'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const { createAgentToken } = await graphql(
        'mutation($n: String!) { createAgentToken(name: $n) { secret token { name } } }', { n: name.value.trim() });
      show(message, h('div', { class: 'notice info', role: 'status' },
        h('p', {}, `The secret of ${createAgentToken.token.name}, shown only now: put it in the agents' configuration.`),
        h('output', { id: 'token-secret', class: 'secret' }, createAgentToken.secret)));
      form.reset();
    } catch (err) {
      show(message, notice(err.message));
    }
    await reload();
  });

  show(view, ...adminHeader('tokens'), message,
    scrolling(h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['Name', 'Made by', 'Made', 'State', '']
        .map((t) => h('th', { scope: 'col' }, t)))),
      body)),
    form);
  await reload();
}
