// pattoo GraphQL explorer: plain ES2020, no dependencies, works offline.
// Pure helpers come first (node can load them for a quick check); DOM wiring follows.
'use strict';

const STORE_QUERY = 'pattoo.explorer.query';
const STORE_VARS = 'pattoo.explorer.variables';
const STORE_SCHEMA_HIDDEN = 'pattoo.explorer.schemaHidden';

// Six levels of ofType covers wrappers such as [[Foo!]!]!.
const INTROSPECTION = `query ExplorerIntrospection {
  __schema {
    queryType { name }
    types {
      kind name description
      fields(includeDeprecated: true) {
        name description isDeprecated deprecationReason
        args { ...InputValue }
        type { ...TypeRef }
      }
      inputFields { ...InputValue }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { name }
    }
  }
}
fragment InputValue on __InputValue { name description defaultValue type { ...TypeRef } }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
}`;

// The endpoint relative to this page. "/pattoo/explorer" (no trailing slash) would resolve
// "../" one level too high, so treat a final segment without a dot as a directory.
function endpointUrl(pageHref) {
  const page = new URL(pageHref);
  page.search = '';
  page.hash = '';
  const last = page.pathname.slice(page.pathname.lastIndexOf('/') + 1);
  if (last && !last.includes('.')) page.pathname += '/';
  return new URL('../api/v1/web/graphql', page).href;
}

// Examples; `now` is passed in so the series window is computed when the example is picked.
function examples(now) {
  const day = 24 * 60 * 60 * 1000;
  return [
    {
      label: 'Agents',
      query: `{
  agents(first: 20) {
    edges { node { agentId agentPolledTarget agentProgram agentHostname enabled } }
    pageInfo { hasNextPage endCursor }
  }
}`,
      variables: null,
    },
    {
      label: 'Datapoints by key prefix',
      query: `query($prefix: String) {
  datapoints(filter: {keyPrefix: $prefix}, first: 50) {
    edges {
      cursor
      node {
        idxDatapoint key dataType pollingInterval
        metadata { key value }
        latest { timestamp value }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
      variables: { prefix: 'pattoo_agent_linux_' },
    },
    {
      label: 'Series, last 24 hours',
      query: `query($ids: [BigInteger!]!, $from: BigInteger!, $to: BigInteger!) {
  series(datapointIds: $ids, from: $from, to: $to, resolution: AUTO) {
    idxDatapoint resolution stepMs
    points { timestamp value min max }
  }
}`,
      variables: { ids: [1], from: now - day, to: now },
    },
    {
      label: 'Latest samples',
      query: `query($ids: [BigInteger!]!) {
  latest(datapointIds: $ids) { idxDatapoint timestamp value }
}`,
      variables: { ids: [1, 2, 3] },
    },
  ];
}

// Returns {ok, value} or {ok: false, error}. Empty text means no variables.
function parseVariables(text) {
  if (!text.trim()) return { ok: true, value: {} };
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Variables are not valid JSON: ${e.message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'Variables must be a JSON object, e.g. {"ids": [1]}' };
  }
  return { ok: true, value };
}

// Splits a type ref into the text around its named type: [Datapoint!]! -> "[", "Datapoint", "!]!".
// Wrappers nest strictly, so every "[" precedes the name and everything else follows it.
function typeRefParts(ref) {
  let prefix = '';
  let suffix = '';
  while (ref && (ref.kind === 'NON_NULL' || ref.kind === 'LIST')) {
    if (ref.kind === 'LIST') {
      prefix += '[';
      suffix = ']' + suffix;
    } else {
      suffix = '!' + suffix;
    }
    ref = ref.ofType;
  }
  return { prefix, name: ref ? ref.name : '?', suffix };
}

function typeRefString(ref) {
  const p = typeRefParts(ref);
  return p.prefix + p.name + p.suffix;
}

// One line per GraphQL error: message, response path, and source location if given.
function formatError(err) {
  let text = err && typeof err.message === 'string' ? err.message : JSON.stringify(err);
  if (err && Array.isArray(err.path) && err.path.length) text += ` — path: ${err.path.join('.')}`;
  if (err && Array.isArray(err.locations) && err.locations.length) {
    text += ` (${err.locations.map((l) => `line ${l.line}, column ${l.column}`).join('; ')})`;
  }
  return text;
}

// ---- DOM ----

// Creates an element; strings become text nodes, so server text is never parsed as HTML.
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function storeGet(key) {
  try { return localStorage.getItem(key); } catch { return null; } // storage may be disabled
}
function storeSet(key, value) {
  try { localStorage.setItem(key, value); } catch { /* quota or privacy mode: not fatal */ }
}

function init() {
  const $ = (id) => document.getElementById(id);
  const query = $('query');
  const vars = $('variables');
  const varsError = $('variables-error');
  const runButton = $('run');
  const status = $('status');
  const errorsBox = $('errors');
  const output = $('output');
  const schemaBody = $('schema-body');
  const endpoint = endpointUrl(location.href);
  // Every query needs a token; it stays in this tab's session storage, never in the URL.
  const token = document.getElementById('token');
  token.value = sessionStorage.getItem('pattoo.token') || '';
  token.addEventListener('change', () => {
    sessionStorage.setItem('pattoo.token', token.value.trim());
    loadSchema();
  });
  function requestHeaders() {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token.value.trim()) headers.Authorization = `Bearer ${token.value.trim()}`;
    return headers;
  }
  $('endpoint').textContent = new URL(endpoint).pathname;

  // Editors: restore, persist, Tab indents, Escape leaves the textarea (so Tab can move on).
  query.value = storeGet(STORE_QUERY) ?? examples(Date.now())[0].query;
  vars.value = storeGet(STORE_VARS) ?? '';
  query.addEventListener('input', () => storeSet(STORE_QUERY, query.value));
  vars.addEventListener('input', () => { storeSet(STORE_VARS, vars.value); checkVariables(); });
  for (const area of [query, vars]) {
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        // execCommand keeps the browser's undo history; setRangeText is the fallback.
        if (!(document.execCommand && document.execCommand('insertText', false, '  '))) {
          area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
          area.dispatchEvent(new Event('input'));
        }
      } else if (e.key === 'Escape') {
        area.blur();
      }
    });
  }

  function checkVariables() {
    const parsed = parseVariables(vars.value);
    varsError.hidden = parsed.ok;
    varsError.textContent = parsed.ok ? '' : parsed.error;
    vars.setAttribute('aria-invalid', String(!parsed.ok));
    return parsed;
  }
  checkVariables();

  // Examples.
  const select = $('examples');
  examples(0).forEach((ex, i) => select.append(el('option', { value: String(i) }, ex.label)));
  select.addEventListener('change', () => {
    if (select.value === '') return;
    const ex = examples(Date.now())[Number(select.value)];
    query.value = ex.query;
    vars.value = ex.variables ? JSON.stringify(ex.variables, null, 2) : '';
    storeSet(STORE_QUERY, query.value);
    storeSet(STORE_VARS, vars.value);
    checkVariables();
    select.value = ''; // back to the placeholder so the same example can be picked again
    query.focus();
  });

  // Running a query. A newer run aborts the one still in flight.
  let inFlight = null;
  async function run() {
    const parsed = checkVariables();
    if (!parsed.ok) {
      vars.focus();
      return;
    }
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    runButton.disabled = true;
    status.className = 'status muted';
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: requestHeaders(),
        body: JSON.stringify({ query: query.value, variables: parsed.value }),
        signal: controller.signal,
      });
      const text = await response.text();
      const ms = Math.round(performance.now() - started);
      let body = null;
      try { body = JSON.parse(text); } catch { /* not JSON, e.g. an HTML error page */ }
      const gqlErrors = body && Array.isArray(body.errors) ? body.errors : [];
      const ok = response.ok && gqlErrors.length === 0;
      showStatus(`HTTP ${response.status} ${response.statusText}`.trim() + ` · ${ms} ms`, ok);
      showErrors(gqlErrors.map(formatError));
      output.textContent = body !== null ? JSON.stringify(body, null, 2) : text;
    } catch (e) {
      if (e.name === 'AbortError') return;
      const ms = Math.round(performance.now() - started);
      showStatus(`Network error · ${ms} ms`, false);
      showErrors([`Could not reach ${endpoint}: ${e.message}. Is the server running?`]);
      output.textContent = '';
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        runButton.disabled = false;
      }
    }
  }

  function showStatus(text, ok) {
    status.className = ok ? 'status ok' : 'status bad';
    status.textContent = text;
  }

  function showErrors(lines) {
    errorsBox.replaceChildren();
    errorsBox.hidden = lines.length === 0;
    if (!lines.length) return;
    errorsBox.append(el('strong', {}, lines.length === 1 ? '1 error' : `${lines.length} errors`));
    errorsBox.append(el('ul', {}, ...lines.map((line) => el('li', {}, line))));
  }

  runButton.addEventListener('click', run);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });

  // Schema sidebar: a stack of type names; the bottom is the Query type.
  let types = new Map();
  let stack = [];

  function typeLink(ref) {
    const p = typeRefParts(ref);
    const link = el('a', { href: '#', className: 'type', onclick: (e) => { e.preventDefault(); show(p.name); } }, p.name);
    return el('span', { className: 'typeref' }, p.prefix, link, p.suffix);
  }

  function description(text) {
    return text ? el('div', { className: 'desc' }, text) : null;
  }

  function deprecation(item) {
    if (!item.isDeprecated) return null;
    return el('div', { className: 'deprecated' }, `Deprecated${item.deprecationReason ? `: ${item.deprecationReason}` : ''}`);
  }

  // For arguments and input fields: name: Type = default.
  function inputValue(v) {
    return el('li', {},
      el('span', { className: 'name' }, v.name), ': ', typeLink(v.type),
      v.defaultValue != null ? el('span', { className: 'default' }, ` = ${v.defaultValue}`) : null,
      description(v.description));
  }

  function field(f) {
    const args = f.args && f.args.length ? el('ul', { className: 'args' }, ...f.args.map(inputValue)) : null;
    return el('li', { className: 'field' },
      el('div', {}, el('span', { className: 'name' }, f.name), args ? '(…)' : '', ': ', typeLink(f.type)),
      description(f.description), deprecation(f), args);
  }

  function section(title, items) {
    return items.length ? [el('h3', {}, title), el('ul', { className: 'list' }, ...items)] : [];
  }

  function renderType() {
    const name = stack[stack.length - 1];
    const t = types.get(name);
    const parts = [];
    if (stack.length > 1) {
      const back = stack[stack.length - 2];
      parts.push(el('a', { href: '#', className: 'back', onclick: (e) => { e.preventDefault(); stack.pop(); renderType(); } }, `← ${back}`));
    }
    if (!t) {
      parts.push(el('p', { className: 'inline-error' }, `Unknown type ${name}`));
    } else {
      parts.push(el('h2', {}, t.name, el('span', { className: 'kind' }, ` ${t.kind.toLowerCase().replace('_', ' ')}`)));
      parts.push(description(t.description));
      parts.push(...section('Fields', (t.fields || []).map(field)));
      parts.push(...section('Input fields', (t.inputFields || []).map(inputValue)));
      parts.push(...section('Values', (t.enumValues || []).map((v) =>
        el('li', {}, el('span', { className: 'name' }, v.name), description(v.description), deprecation(v)))));
      parts.push(...section('Possible types', (t.possibleTypes || []).map((p) => el('li', {}, typeLink(p)))));
    }
    schemaBody.replaceChildren(...parts.filter(Boolean));
    schemaBody.scrollTop = 0;
  }

  function show(name) {
    stack.push(name);
    renderType();
  }

  async function loadSchema() {
    schemaBody.replaceChildren(el('p', { className: 'muted' }, 'Loading schema…'));
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: requestHeaders(),
        body: JSON.stringify({ query: INTROSPECTION }),
      });
      const text = await response.text();
      let body;
      try { body = JSON.parse(text); } catch { throw new Error(`HTTP ${response.status}: response is not JSON`); }
      if (Array.isArray(body.errors) && body.errors.length) throw new Error(body.errors.map(formatError).join('\n'));
      if (!body.data || !body.data.__schema) throw new Error(`HTTP ${response.status}: no schema in response`);
      const schema = body.data.__schema;
      types = new Map(schema.types.map((t) => [t.name, t]));
      stack = [schema.queryType ? schema.queryType.name : 'Query'];
      renderType();
    } catch (e) {
      schemaBody.replaceChildren(
        el('p', { className: 'inline-error' }, `Could not load the schema: ${e.message}`));
    }
  }
  $('reload-schema').addEventListener('click', loadSchema);
  loadSchema();

  // Collapsible sidebar, remembered across visits.
  const toggle = $('toggle-schema');
  function setSchemaHidden(hidden) {
    document.body.classList.toggle('schema-hidden', hidden);
    toggle.setAttribute('aria-expanded', String(!hidden));
    storeSet(STORE_SCHEMA_HIDDEN, hidden ? '1' : '0');
  }
  toggle.addEventListener('click', () => setSchemaHidden(!document.body.classList.contains('schema-hidden')));
  setSchemaHidden(storeGet(STORE_SCHEMA_HIDDEN) === '1');
}

if (typeof module !== 'undefined' && module.exports) {
  module.exports = { endpointUrl, examples, parseVariables, typeRefParts, typeRefString, formatError, INTROSPECTION };
} else {
  init(); // loaded with defer, so the DOM is parsed
}
