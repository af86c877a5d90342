package org.pattoo.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of keyset pagination over sort columns, the last of which is unique: a row comparison
 * with the cursor's values, an ORDER BY, and the sort values selected last to build each cursor.
 *
 * @param columns SQL expressions in sort order, e.g. {@code d.key}
 * @param types their PostgreSQL types, to cast the cursor's text values
 */
record Keyset(List<String> columns, List<String> types) {

  /** A condition placing rows after the cursor, or TRUE on a first page. */
  String after(PageRequest page) {
    if (page.after().isEmpty()) {
      return "TRUE";
    }
    List<String> params = new ArrayList<>();
    for (String type : types) {
      params.add("?::" + type);
    }
    return "("
        + String.join(", ", columns)
        + ") "
        + (page.descending() ? "<" : ">")
        + " ("
        + String.join(", ", params)
        + ")";
  }

  /** Binds the cursor's values from {@code index} on; returns the next parameter index. */
  int bind(PreparedStatement ps, int index, PageRequest page) throws SQLException {
    for (String value : page.after().orElse(List.of())) {
      ps.setString(index++, value);
    }
    return index;
  }

  String orderBy(PageRequest page) {
    String direction = page.descending() ? " DESC" : "";
    return String.join(direction + ", ", columns) + direction;
  }

  /** The sort columns, to append to a select list. */
  String select() {
    return ", " + String.join(", ", columns);
  }

  /** The cursor of the current row, whose sort values end the select list. */
  String cursor(ResultSet rs) throws SQLException {
    int last = rs.getMetaData().getColumnCount();
    List<String> values = new ArrayList<>();
    for (int i = last - columns.size() + 1; i <= last; i++) {
      values.add(rs.getString(i));
    }
    return PageRequest.cursor(values);
  }

  /** Reads up to {@code first + 1} rows into a page. */
  <T> Page<T> page(ResultSet rs, PageRequest page, RowReader<T> reader) throws SQLException {
    List<T> items = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    boolean more = false;
    while (rs.next()) {
      if (items.size() == page.first()) {
        more = true;
        break;
      }
      items.add(reader.read(rs));
      cursors.add(cursor(rs));
    }
    return new Page<>(Collections.unmodifiableList(items), cursors, more, page.after().isPresent());
  }

  /** Maps the current row. */
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
