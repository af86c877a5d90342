// Hash routes (#/agents, #/agent/12, #/chart?ids=1,2&range=1d): pages are modules with a
// render(view, params) function; a page that needs a login sends the user there first.
import { SessionEnded } from './api.js';
import { current } from './session.js';
import { notice, show } from './dom.js';

const routes = [];

/** Adds a route: a pattern like '/agent/:id' and the page module to load. */
export function route(pattern, load, { public: open = false } = {}) {
  const names = [];
  const regex = new RegExp(
    '^' + pattern.replace(/:(\w+)/g, (_, n) => (names.push(n), '([^/]+)')) + '$');
  routes.push({ regex, names, load, open });
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

async function render() {
  const [path, query] = location.hash.slice(1).split('?');
  const view = document.getElementById('view');
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    if (!r.open && !current()) return go(`/login?next=${encodeURIComponent(location.hash.slice(1))}`);
    const params = Object.fromEntries(new URLSearchParams(query ?? ''));
    r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
    document.dispatchEvent(new CustomEvent('pattoo:route', { detail: path }));
    try {
      const page = await r.load();
      await page.render(view, params);
    } catch (e) {
      if (e instanceof SessionEnded) return go(`/login?next=${encodeURIComponent(path)}`);
      show(view, notice(e.message));
    }
    view.focus({ preventScroll: true });
    return;
  }
  show(view, notice(`No page ${path}`));
}
