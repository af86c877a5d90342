// The datapoints picked for a new chart, kept for this tab so they can come from several agents.
import { h } from '../dom.js';

const KEY = 'pattoo.selection';

export function selected() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || '[]');
  } catch {
    return [];
  }
}

function keep(ids) {
  sessionStorage.setItem(KEY, JSON.stringify(ids));
  document.dispatchEvent(new CustomEvent('pattoo:selection', { detail: ids }));
}

export function toggle(id, on) {
  const ids = selected().filter((x) => x !== id);
  keep(on ? [...ids, id] : ids);
}

export function clear() {
  keep([]);
}

/** A bar that says how many datapoints are picked, and charts them. */
export function selectionBar() {
  const bar = h('div', { class: 'selection', role: 'region', 'aria-label': 'Picked datapoints' },
    h('span', { class: 'count', 'aria-live': 'polite' }),
    h('a', { class: 'button primary', id: 'chart-selected' }, 'Chart them'),
    h('button', { type: 'button', class: 'ghost', onclick: clear }, 'Clear'));
  update(bar);
  return bar;
}

function update(bar) {
  const ids = selected();
  bar.hidden = !ids.length;
  bar.querySelector('.count').textContent = `${ids.length} datapoint${ids.length === 1 ? '' : 's'} picked`;
  bar.querySelector('a').href = `#/chart?ids=${ids.join(',')}`;
}

document.addEventListener('pattoo:selection', () => document.querySelectorAll('.selection').forEach(update));
