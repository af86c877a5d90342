// Login, and the password change a user with an expired password must make before anything else.
import { h, show, notice } from '../dom.js';
import { go } from '../router.js';
import { login, current, passwordChanged } from '../session.js';
import { graphql } from '../graphql.js';

export async function render(view, params) {
  const next = params.next && params.next !== '/login' ? params.next : '/agents';
  const session = current();
  if (session?.passwordExpired) return changePassword(view, next);
  if (session) return go(next);
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Log in to pattoo'),
    h('label', { for: 'username' }, 'Username'),
    h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true }),
    h('label', { for: 'password' }, 'Password'),
    h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit', class: 'primary' }, 'Log in'),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    show(message);
    try {
      const s = await login(form.username.value.trim(), form.password.value);
      if (s.passwordExpired) changePassword(view, next);
      else go(next);
    } catch (e) {
      show(message, notice(e.message));
      form.password.select();
    }
  });
  show(view, form);
  form.username.focus();
}

function changePassword(view, next) {
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'change-title' },
    h('h1', { id: 'change-title' }, 'Choose a new password'),
    h('p', {}, 'Your password has expired. Choose a new one to go on.'),
    h('label', { for: 'current' }, 'Current password'),
    h('input', { id: 'current', name: 'current', type: 'password', autocomplete: 'current-password', required: true }),
    h('label', { for: 'new' }, 'New password'),
    h('input', { id: 'new', name: 'fresh', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 }),
    h('label', { for: 'again' }, 'New password again'),
    h('input', { id: 'again', name: 'again', type: 'password', autocomplete: 'new-password', required: true }),
    h('button', { type: 'submit', class: 'primary' }, 'Change password'),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.fresh.value !== form.again.value) {
      return show(message, notice('The new passwords differ.'));
    }
    try {
      await graphql(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { username } }',
        { c: form.current.value, n: form.fresh.value });
      passwordChanged();
      go(next);
    } catch (e) {
      show(message, notice(e.message));
    }
  });
  show(view, form);
  form.current.focus();
}
