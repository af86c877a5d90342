package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.Page;

/** Relay page information: pass endCursor as {@code after} to read the next page. */
@Type("PageInfo")
public record PageInfo(
    boolean hasNextPage,
    @Description("True when the page was read after a cursor") boolean hasPreviousPage,
    String startCursor,
    String endCursor) {

  static PageInfo of(Page<?> page) {
    var cursors = page.cursors();
    return new PageInfo(
        page.hasNextPage(),
        page.hasPreviousPage(),
        cursors.isEmpty() ? null : cursors.get(0),
        cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
  }
}
