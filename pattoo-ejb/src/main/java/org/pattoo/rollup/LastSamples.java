package org.pattoo.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.pattoo.storage.SampleTable;

/**
 * Each series' last sample before the chunk being rolled (a counter's first interval starts there),
 * carried from one chunk to the next: only the first chunk of a run reads it from the 5-minute rows
 * of the day before, which costs a day of rows. As in raw queries, a sample more than a day old
 * does not count.
 */
final class LastSamples {

  private final Map<Long, double[]> last = new HashMap<>();
  private long validFrom = Long.MIN_VALUE;

  /** The last sample of a series before {@code from}, {ts, value}, or null. */
  double[] before(Connection c, long from, long series) throws SQLException {
    if (validFrom != from) {
      load(c, from);
    }
    double[] sample = last.get(series);
    return sample == null || sample[0] < from - SampleTable.DAY_MS ? null : sample;
  }

  void record(long series, long ts, double value) {
    last.put(series, new double[] {ts, value});
  }

  /** The chunk ending at {@code to} is rolled: what was recorded holds before {@code to}. */
  void rolledUntil(long to) {
    validFrom = to;
    last.values().removeIf(s -> s[0] < to - SampleTable.DAY_MS);
  }

  private void load(Connection c, long from) throws SQLException {
    last.clear();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT ON (series_id) series_id, last_ts, last FROM rollup_5m"
                + " WHERE bucket >= ? AND bucket < ? ORDER BY series_id, bucket DESC")) {
      ps.setLong(1, from - SampleTable.DAY_MS);
      ps.setLong(2, from);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          record(rs.getLong(1), rs.getLong(2), rs.getDouble(3));
        }
      }
    }
    validFrom = from;
  }
}
