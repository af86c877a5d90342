// GraphiQL explorer page for pattoo. Bundled by build.mjs into dist/explorer/.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

// ---- configuration: the one place to change endpoint / token storage key ----
const CONFIG = {
  // Relative to this page (<context>/explorer/), so any context path works.
  endpoint: new URL('../api/v1/web/graphql', window.location.href).href,
  tokenStorageKey: 'pattoo.accessToken',
  mountId: 'graphiql',
};
// -----------------------------------------------------------------------------

// The mount element may override the defaults, e.g.
// <div id="graphiql" data-endpoint="/ctx/api/v1/web/graphql" data-token-key="x">
function settings(el) {
  return {
    endpoint: el.dataset.endpoint || CONFIG.endpoint,
    tokenStorageKey: el.dataset.tokenKey || CONFIG.tokenStorageKey,
  };
}

function makeFetcher({ endpoint, tokenStorageKey }) {
  return async (graphQLParams, opts) => {
    const headers = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(opts && opts.headers ? opts.headers : {}),
    };
    const token = window.sessionStorage.getItem(tokenStorageKey);
    if (token) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(graphQLParams),
      credentials: 'same-origin',
    });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      // Non-JSON answer (e.g. 401 HTML page): show it in the result pane.
      return { errors: [{ message: `HTTP ${res.status} ${res.statusText}: ${text.slice(0, 500)}` }] };
    }
  };
}

function mount() {
  // Behind login: without this tab's session, go log in (the app comes back here afterwards).
  if (!window.sessionStorage.getItem(CONFIG.tokenStorageKey)) {
    window.location.replace('../#/login?next=%2Fexplorer');
    return;
  }
  const el = document.getElementById(CONFIG.mountId);
  if (!el) throw new Error(`#${CONFIG.mountId} not found`);
  const fetcher = makeFetcher(settings(el));
  createRoot(el).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: '# pattoo GraphQL explorer\n{\n  __typename\n}\n',
      shouldPersistHeaders: false,
    },
    // replaces the default logo, which links to github.com
    createElement(GraphiQL.Logo, null, 'pattoo')),
  );
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mount);
} else {
  mount();
}
