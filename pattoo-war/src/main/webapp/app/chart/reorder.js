// Reordering a list by dragging an item's handle with a mouse, pen or finger (pointer events, so
// touch screens work too); the keyboard uses the items' move buttons instead.

/**
 * Lets the items of {@code list} (its children) be dragged by their {@code .handle};
 * {@code moved(from, to)} gets the item's old and new index when it is dropped on another.
 */
export function reorderable(list, moved) {
  // The list's own child holding el: items may hold lists of their own.
  const itemOf = (el) => {
    while (el && el.parentElement !== list) el = el.parentElement;
    return el;
  };
  list.addEventListener('pointerdown', (down) => {
    const handle = down.target.closest('.handle');
    const item = handle && itemOf(handle);
    if (!item) return;
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    item.classList.add('dragging');
    let target = null;
    const done = new AbortController();
    const mark = (under) => {
      target?.classList.remove('drop-target');
      target = under && under !== item ? under : null;
      target?.classList.add('drop-target');
    };
    const end = (drop) => {
      done.abort();
      item.classList.remove('dragging');
      const to = target;
      mark(null);
      const items = [...list.children];
      if (drop && to) moved(items.indexOf(item), items.indexOf(to));
    };
    const on = { signal: done.signal };
    handle.addEventListener('pointermove',
      (e) => mark(itemOf(document.elementFromPoint(e.clientX, e.clientY))), on);
    handle.addEventListener('pointerup', () => end(true), on);
    handle.addEventListener('pointercancel', () => end(false), on);
  });
}
