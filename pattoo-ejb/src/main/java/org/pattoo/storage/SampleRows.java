package org.pattoo.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.pattoo.series.Samples;

/** Numeric sample rows read by series, for moving them into chunks. */
final class SampleRows {

  private SampleRows() {}

  /**
   * Runs a query selecting {@code series_id, ts, value, counter} ordered by series and time, and
   * returns each series' samples.
   */
  static Map<Long, Samples> bySeries(PreparedStatement ps) throws SQLException {
    Map<Long, Samples> out = new HashMap<>();
    ps.setFetchSize(10_000);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new Samples())
            .add(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4));
      }
    }
    return out;
  }
}
