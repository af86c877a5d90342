// Hash routes (#/agents, #/agent/12, #/chart?ids=1,2&range=1d): pages are modules with a
// render(view, params) function; a page that needs a login sends the user there first, and an
// administrators' page tells anyone else it is not theirs (the server refuses them anyway).
import { SessionEnded } from './api.js';
import { current, isAdmin } from './session.js';
import { h, notice, show } from './dom.js';

const routes = [];

/** Adds a route: a pattern like '/agent/:id' and the page module to load. */
export function route(pattern, load, { public: open = false, admin = false } = {}) {
  const names = [];
  const regex = new RegExp(
    '^' + pattern.replace(/:(\w+)/g, (_, n) => (names.push(n), '([^/]+)')) + '$');
  routes.push({ regex, names, load, open, admin });
}

export function go(path) {
  if (location.hash === `#${path}`) render();
  else location.hash = path;
}

export function start(fallback) {
  window.addEventListener('hashchange', render);
  if (!location.hash) location.hash = fallback;
  else render();
}

/**
 * A fresh view for each navigation: a page still loading when the user moves on then draws into
 * an element no longer on screen, never over the next page.
 */
function freshView() {
  const view = h('main', { id: 'view', tabindex: '-1' }, h('p', { class: 'muted' }, 'Loading…'));
  document.getElementById('view').replaceWith(view);
  return view;
}

async function render() {
  const [path, query] = location.hash.slice(1).split('?');
  const view = freshView();
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    if (!r.open && !current()) return go(`/login?next=${encodeURIComponent(location.hash.slice(1))}`);
    const params = Object.fromEntries(new URLSearchParams(query ?? ''));
    r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
    document.dispatchEvent(new CustomEvent('pattoo:route', { detail: path }));
    if (r.admin && !isAdmin()) {
      show(view, h('h1', {}, 'Administrators only'),
        notice('This page is for administrators. Ask one if you need something changed here.'));
      return view.focus({ preventScroll: true });
    }
    try {
      const page = await r.load();
      await page.render(view, params);
    } catch (e) {
      if (e instanceof SessionEnded) return go(`/login?next=${encodeURIComponent(path)}`);
      show(view, notice(e.message));
    }
    // Focus moves to the new page, unless the page put it somewhere itself (a form's first field).
    if (!view.contains(document.activeElement)) view.focus({ preventScroll: true });
    return;
  }
  show(view, notice(`No page ${path}`));
}
