package org.pattoo.query;

import java.util.List;

/**
 * One page of a list, Relay style: the items, an opaque cursor for each, and whether more follow. A
 * page fetched with an {@code after} cursor has items before it.
 */
public record Page<T>(
    List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {

  public Page {
    items = List.copyOf(items);
    cursors = List.copyOf(cursors);
  }
}
