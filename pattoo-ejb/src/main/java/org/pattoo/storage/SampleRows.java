package org.pattoo.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.pattoo.series.Samples;

/** Numeric sample rows read by series, for moving them into chunks. */
final class SampleRows {

  private SampleRows() {}

  /**
   * Returns each series' samples, in time order, among the rows of {@code partition} that {@code
   * where} selects. A binary COPY of the rows unsorted: a SELECT sorted by series cost PostgreSQL
   * 1.9 µs a row of a fold (docs/performance.md), more than the rows' COPY in had.
   */
  static Map<Long, Samples> bySeries(Connection c, String partition, String where)
      throws SQLException {
    return copy(c, partition, where);
  }

  /**
   * As {@link #bySeries}, for the oldest {@code limit} rows of {@code partition} in [{@code from},
   * {@code end}): the day's index on {@code (ts, series_id)} hands them out in time order.
   */
  static Map<Long, Samples> oldestBySeries(
      Connection c, String partition, long from, long end, long limit) throws SQLException {
    return copy(c, partition, span(from, end) + " ORDER BY ts LIMIT " + limit);
  }

  /**
   * Rows from {@code from} on, before {@code end}. Bounded below by a row known to be there: the
   * index entries of the rows folded before stay until a vacuum, and a scan from the index's start
   * walks every one of them (at 150,000 points/s, a count of 800,000 rows took over a second).
   */
  static String span(long from, long end) {
    return "ts >= " + from + " AND ts < " + end;
  }

  private static Map<Long, Samples> copy(Connection c, String partition, String where)
      throws SQLException {
    return BinaryCopy.samplesBySeries(
        BinaryCopy.out(
            c,
            "COPY (SELECT series_id, ts, value, counter::text FROM "
                + partition
                + " WHERE "
                + where
                + ") TO STDOUT (FORMAT binary)"));
  }
}
