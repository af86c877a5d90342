package org.pattoo.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Label;
import org.pattoo.series.Series;

/** Series labels as rows: a dictionary of (key, value) pairs, and the glue to each series. */
final class LabelRows {

  private LabelRows() {}

  /** Links each listed series to its labels, adding labels the dictionary lacks. */
  static void link(Connection c, List<Series> series, List<Integer> which, long[] ids)
      throws SQLException {
    List<Label> distinct =
        which.stream().flatMap(i -> series.get(i).labels().stream()).distinct().sorted().toList();
    if (distinct.isEmpty()) {
      return;
    }
    String[] keys = distinct.stream().map(Label::key).toArray(String[]::new);
    String[] values = distinct.stream().map(Label::value).toArray(String[]::new);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pair (key, value) SELECT * FROM unnest(?, ?) ON CONFLICT DO NOTHING")) {
      ps.setArray(1, SqlArrays.texts(c, keys));
      ps.setArray(2, SqlArrays.texts(c, values));
      ps.executeUpdate();
    }
    Map<Label, Long> pairIds = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT p.idx_pair, p.key, p.value FROM pair p"
                + " JOIN unnest(?, ?) AS u(k, v) ON p.key = u.k AND p.value = u.v")) {
      ps.setArray(1, SqlArrays.texts(c, keys));
      ps.setArray(2, SqlArrays.texts(c, values));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pairIds.put(new Label(rs.getString(2), rs.getString(3)), rs.getLong(1));
        }
      }
    }
    List<long[]> glue = new ArrayList<>();
    for (int i : which) {
      for (Label label : series.get(i).labels()) {
        glue.add(new long[] {ids[i], pairIds.get(label)});
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO glue (idx_datapoint, idx_pair) SELECT * FROM unnest(?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      ps.setArray(1, SqlArrays.longs(c, glue.stream().mapToLong(g -> g[0]).toArray()));
      ps.setArray(2, SqlArrays.longs(c, glue.stream().mapToLong(g -> g[1]).toArray()));
      ps.executeUpdate();
    }
  }
}
