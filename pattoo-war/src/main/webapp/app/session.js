// This tab's login: its tokens live in sessionStorage, so a reload keeps the session and closing
// the tab ends it. The access token is renewed a minute before it expires.
import { call } from './api.js';

const KEY = 'pattoo.session';
// The explorer (GraphiQL) reads the bearer token under this name.
export const ACCESS_TOKEN_KEY = 'pattoo.accessToken';
let renewal;

export function current() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || 'null');
  } catch {
    return null;
  }
}

function keep(tokens, username) {
  const before = current();
  const session = { role: before?.role, ...tokens, username: username ?? before?.username };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  sessionStorage.setItem(ACCESS_TOKEN_KEY, tokens.accessToken);
  schedule(session);
  return session;
}

export function forget() {
  clearTimeout(renewal);
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ACCESS_TOKEN_KEY);
}

function schedule(session) {
  clearTimeout(renewal);
  const wait = Math.max(5_000, session.accessTokenExpiresAt - Date.now() - 60_000);
  renewal = setTimeout(() => renew().catch(() => {}), wait);
}

const TOKENS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt passwordExpired';

export async function login(username, password) {
  const data = await call(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ${TOKENS} } }`,
    { u: username, p: password }, null);
  // The role only decides what the menu offers: the server checks every call itself.
  const { me } = await call('{ me { role } }', {}, data.login.accessToken);
  return keep({ ...data.login, role: me.role }, username);
}

export function isAdmin() {
  return current()?.role === 'ADMIN';
}

/** New tokens for the refresh token; the session ends when that is refused. */
export async function renew() {
  const session = current();
  if (!session) throw new Error('not logged in');
  try {
    const data = await call(
      `mutation($r: String!) { refresh(refreshToken: $r) { ${TOKENS} } }`,
      { r: session.refreshToken }, null);
    return keep(data.refresh);
  } catch (e) {
    forget();
    throw e;
  }
}

export async function logout() {
  const session = current();
  try {
    if (session) await call('mutation { logout }', {}, session.accessToken);
  } finally {
    forget();
  }
}

/** The password was changed: the session may do everything again. */
export function passwordChanged() {
  const session = current();
  if (session) sessionStorage.setItem(KEY, JSON.stringify({ ...session, passwordExpired: false }));
}

/** Picks up the timer after a reload. */
export function resume() {
  const session = current();
  if (session) schedule(session);
  return session;
}
