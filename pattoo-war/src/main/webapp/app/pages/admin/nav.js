// The administrators' pages and their shared parts.
import { h } from '../../dom.js';

const PAGES = [['users', 'Users'], ['tokens', 'Agent tokens'], ['translations', 'Translations']];

/** The heading and the links between the admin pages, {@code here} marked as current. */
export function adminHeader(here) {
  return [
    h('h1', {}, 'Administration'),
    h('nav', { class: 'tabs', 'aria-label': 'Administration' },
      PAGES.map(([page, name]) => h('a', {
        href: `#/admin/${page}`, 'aria-current': page === here ? 'page' : null }, name))),
  ];
}

/** A labelled form field: the label, then the input (given its id). */
export function field(label, input) {
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
}

/** A date and time for an epoch-ms value; '–' for none. */
export function when(ms) {
  return ms ? new Date(ms).toLocaleString() : '–';
}
