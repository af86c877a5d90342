package org.pattoo.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pattoo.series.Reading;
import org.pattoo.storage.SampleTable;

/**
 * Each series' last sample before the chunk being rolled (a counter's first interval starts there),
 * carried from one chunk to the next: only the first chunk of a run reads it from the 5-minute rows
 * of the day before, which costs a day of rows. As in raw queries, a sample more than a day old
 * does not count. A re-roll limited to some series loads only theirs.
 */
final class LastSamples {

  private final Map<Long, Reading> last = new HashMap<>();
  private final SeriesFilter only;
  private long validFrom = Long.MIN_VALUE;

  LastSamples(SeriesFilter only) {
    this.only = only;
  }

  /**
   * The last sample of a series before {@code from}, if there is one within a day; {@link #load}
   * for {@code from} first.
   */
  Optional<Reading> before(long from, long series) {
    if (validFrom != from) {
      throw new IllegalStateException("last samples not loaded for " + from);
    }
    return Optional.ofNullable(last.get(series))
        .filter(sample -> sample.ts() >= from - SampleTable.DAY_MS);
  }

  void record(long series, Reading sample) {
    last.put(series, sample);
  }

  /** The chunk ending at {@code to} is rolled: what was recorded holds before {@code to}. */
  void rolledUntil(long to) {
    validFrom = to;
    last.values().removeIf(s -> s.ts() < to - SampleTable.DAY_MS);
  }

  /** Reads each series' last sample before {@code from}, unless carried from the chunk before. */
  void load(Connection c, long from) throws SQLException {
    if (validFrom == from) {
      return;
    }
    last.clear();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT ON (series_id) series_id, last_ts, last, last_counter FROM rollup_5m"
                + " WHERE bucket >= ? AND bucket < ?"
                + only.sql("series_id")
                + " ORDER BY series_id, bucket DESC")) {
      ps.setLong(1, from - SampleTable.DAY_MS);
      ps.setLong(2, from);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          record(rs.getLong(1), Reading.of(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4)));
        }
      }
    }
    validFrom = from;
  }
}
