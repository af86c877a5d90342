// Translations: the labels and units datapoint keys show with, per translation group and
// language (edit one, add one, or import the original's CSV), and the names of agent programs.
import { h, show, notice, scrolling } from '../../dom.js';
import { go } from '../../router.js';
import { graphql } from '../../graphql.js';
import { adminHeader, field } from './nav.js';

const LISTS = `query($g: BigInteger, $l: String) {
  languages { code name } translationGroups { id name }
  keyTranslations(group: $g, language: $l) { key translation units }
  agentTranslations(language: $l) { agentProgram translation } }`;
const SET_KEY = `mutation($g: BigInteger!, $l: String!, $k: String!, $t: String!, $u: String!) {
  setKeyTranslation(group: $g, language: $l, key: $k, translation: $t, units: $u) { key } }`;

export async function render(view, params) {
  const group = Number(params.group ?? 1);
  const language = params.language ?? 'en';
  const lists = await graphql(LISTS, { g: group, l: language });
  const message = h('div', { 'aria-live': 'polite' });
  const act = async (what, query, variables) => {
    try {
      await graphql(query, variables);
      go(`/admin/translations?group=${group}&language=${encodeURIComponent(language)}`);
      return true;
    } catch (e) {
      show(message, notice(`${what}: ${e.message}`));
      return false;
    }
  };
  const setKey = (key, translation, units) => act(`${key}`, SET_KEY,
    { g: group, l: language, k: key, t: translation, u: units });

  const choose = (id, label, options, value, name) => {
    const select = h('select', { id, onchange: (e) => go(`/admin/translations?${new URLSearchParams(
      { group, language, [name]: e.target.value })}`) },
    options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value) }, text)));
    return field(label, select);
  };
  show(view, ...adminHeader('translations'),
    h('div', { class: 'filters' },
      choose('language', 'Language', lists.languages.map((l) => [l.code, `${l.name} (${l.code})`]), language, 'language'),
      choose('group', 'Translation group', lists.translationGroups.map((g) => [g.id, g.name]), group, 'group')),
    message,
    scrolling(h('table', { class: 'list translations' },
      h('thead', {}, h('tr', {}, ['Key', 'Label', 'Units', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, lists.keyTranslations.map((t) => keyRow(t, setKey, () => act(t.key,
        'mutation($g: BigInteger!, $l: String!, $k: String!) { deleteKeyTranslation(group: $g, language: $l, key: $k) }',
        { g: group, l: language, k: t.key })))))),
    newKey(setKey),
    importCsv(group, act),
    h('h2', { class: 'section' }, 'Agent program names'),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Program'), h('th', { scope: 'col' }, 'Name'))),
      h('tbody', {}, lists.agentTranslations.map((a) => h('tr', {}, h('td', {}, a.agentProgram), h('td', {}, a.translation))))),
    newAgentName(language, act));
}

function keyRow(t, setKey, remove) {
  const label = h('input', { value: t.translation, 'aria-label': `Label of ${t.key}` });
  const units = h('input', { value: t.units, class: 'short', 'aria-label': `Units of ${t.key}` });
  return h('tr', { 'data-key': t.key },
    h('td', { class: 'key' }, t.key), h('td', {}, label), h('td', {}, units),
    h('td', {},
      h('button', { type: 'button', class: 'small', 'aria-label': `Save ${t.key}`,
        onclick: () => setKey(t.key, label.value, units.value) }, 'Save'), ' ',
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${t.key}`, onclick: remove }, 'Delete')));
}

function newKey(setKey) {
  const key = h('input', { id: 'new-key', required: true, placeholder: 'pattoo_agent_linux_cpu_user' });
  const label = h('input', { id: 'new-label', required: true });
  const units = h('input', { id: 'new-units' });
  const form = h('form', { class: 'card grid-form', 'aria-labelledby': 'new-key-title' },
    h('h2', { id: 'new-key-title' }, 'New label'),
    field('Key', key), field('Label', label), field('Units', units),
    h('button', { type: 'submit', class: 'primary' }, 'Add label'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setKey(key.value.trim(), label.value, units.value);
  });
  return form;
}

function importCsv(group, act) {
  const file = h('input', { id: 'csv-file', type: 'file', accept: '.csv,text/csv', required: true });
  const form = h('form', { class: 'card grid-form', 'aria-labelledby': 'csv-title' },
    h('h2', { id: 'csv-title' }, 'Import labels from CSV'),
    h('p', { class: 'muted' }, 'Columns language,key,translation,units, as the original pattoo\'s files. A bad line imports nothing and is named.'),
    field('CSV file', file),
    h('button', { type: 'submit' }, 'Import'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const csv = await file.files[0].text();
    act('Import', 'mutation($g: BigInteger!, $c: String!) { importKeyTranslations(group: $g, csv: $c) { created } }',
      { g: group, c: csv });
  });
  return form;
}

function newAgentName(language, act) {
  const program = h('input', { id: 'agent-program', required: true, placeholder: 'pattoo_agent_linux' });
  const name = h('input', { id: 'agent-name', required: true, placeholder: 'Linux hosts' });
  const form = h('form', { class: 'card grid-form', 'aria-labelledby': 'agent-name-title' },
    h('h2', { id: 'agent-name-title' }, 'Name an agent program'),
    field('Program', program), field('Name', name),
    h('button', { type: 'submit' }, 'Set name'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act(program.value, 'mutation($l: String!, $p: String!, $t: String!) {'
      + ' setAgentTranslation(language: $l, agentProgram: $p, translation: $t) { agentProgram } }',
    { l: language, p: program.value.trim(), t: name.value });
  });
  return form;
}
