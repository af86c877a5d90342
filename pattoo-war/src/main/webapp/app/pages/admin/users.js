// Users: who may log in, with which role; new users, a role or enabled change, password resets.
// The server keeps the last enabled admin an enabled admin whatever this page asks.
import { h, show, notice, scrolling } from '../../dom.js';
import { graphql } from '../../graphql.js';
import { adminHeader, field, when } from './nav.js';

const USERS = '{ users { username fullName role enabled passwordExpired createdAt } }';

export async function render(view) {
  const message = h('div', { 'aria-live': 'polite' });
  const body = h('tbody');
  const reload = async () => show(body, (await graphql(USERS)).users.map((u) => row(u, act)));
  // Runs a change, says what happened, and shows the users as the server now has them.
  const act = async (what, query, variables) => {
    let done = false;
    try {
      await graphql(query, variables);
      show(message, notice(what, 'info'));
      done = true;
    } catch (e) {
      show(message, notice(e.message));
    }
    await reload();
    return done;
  };
  show(view, ...adminHeader('users'), message,
    scrolling(h('table', { class: 'list users' },
      h('thead', {}, h('tr', {}, ['Username', 'Full name', 'Role', 'Enabled', 'Password', 'Created', '']
        .map((t) => h('th', { scope: 'col' }, t)))),
      body)),
    createForm(act));
  await reload();
}

function row(u, act) {
  const role = h('select', { 'aria-label': `Role of ${u.username}` },
    ['USER', 'ADMIN'].map((r) => h('option', { value: r, selected: r === u.role }, r.toLowerCase())));
  role.addEventListener('change', () => act(`${u.username} is now ${role.value.toLowerCase()}.`,
    'mutation($u: String!, $r: Role) { updateUser(username: $u, role: $r) { username } }',
    { u: u.username, r: role.value }));
  const enabled = h('input', { type: 'checkbox', checked: u.enabled, 'aria-label': `${u.username} may log in` });
  enabled.addEventListener('change', () => act(
    `${u.username} ${enabled.checked ? 'may log in again' : 'can no longer log in'}.`,
    'mutation($u: String!, $e: Boolean) { updateUser(username: $u, enabled: $e) { username } }',
    { u: u.username, e: enabled.checked }));
  return h('tr', { 'data-user': u.username },
    h('td', {}, u.username), h('td', {}, u.fullName), h('td', {}, role), h('td', {}, enabled),
    h('td', {}, u.passwordExpired ? 'must change' : 'set'), h('td', {}, when(u.createdAt)),
    h('td', {}, resetForm(u, act)));
}

function resetForm(u, act) {
  const password = h('input', {
    type: 'password', id: `reset-${u.username}`, autocomplete: 'new-password', minlength: 12, required: true });
  const form = h('form', { class: 'inline' },
    h('label', { for: password.id, class: 'visually-hidden' }, `New password for ${u.username}`),
    password, h('button', { type: 'submit', class: 'small' }, 'Reset password'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act(`${u.username} must change the new password at the next login; their sessions ended.`,
      'mutation($u: String!, $p: String!) { resetPassword(username: $u, password: $p) { username } }',
      { u: u.username, p: password.value });
  });
  return form;
}

function createForm(act) {
  const username = h('input', { id: 'new-username', required: true, autocomplete: 'off' });
  const fullName = h('input', { id: 'new-full-name' });
  const role = h('select', { id: 'new-role' },
    h('option', { value: 'USER' }, 'user'), h('option', { value: 'ADMIN' }, 'admin'));
  const password = h('input', {
    id: 'new-password', type: 'password', autocomplete: 'new-password', minlength: 12, required: true });
  const form = h('form', { class: 'card grid-form', 'aria-labelledby': 'new-user-title' },
    h('h2', { id: 'new-user-title' }, 'New user'),
    field('Username', username), field('Full name', fullName), field('Role', role),
    field('First password (changed at the first login)', password),
    h('button', { type: 'submit', class: 'primary' }, 'Create user'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const created = await act(`${username.value} can log in now, and must choose a password first.`,
      'mutation($u: String!, $f: String, $r: Role, $p: String!) {'
        + ' createUser(username: $u, fullName: $f, role: $r, password: $p) { username } }',
      { u: username.value.trim(), f: fullName.value, r: role.value, p: password.value });
    if (created) form.reset();
  });
  return form;
}
