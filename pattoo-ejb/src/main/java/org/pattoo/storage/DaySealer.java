package org.pattoo.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.pattoo.series.Samples;

/**
 * Seals one day's numeric samples: each series' rows of the day's partition and its chunks of the
 * day (folded minutes, or late samples sealed before) become one chunk in {@code sample_chunk}.
 * Runs inside the caller's transaction, which holds the day's lock and then removes the rows, so a
 * failure half way loses nothing and a sample is never in neither place.
 */
final class DaySealer {

  /**
   * Samples read per round trip, whole series at a time: memory stays bounded whether a series has
   * 1,440 samples a day or 86,400.
   */
  static final long BATCH_SAMPLES = 1_000_000;

  private DaySealer() {}

  /** Writes the day's chunks; returns the number of samples now sealed for the day. */
  static long seal(Connection c, Statement st, long day) throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    Map<Long, Long> counts = new TreeMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT series_id, count(*) FROM "
                + partition
                + " GROUP BY 1 UNION ALL SELECT series_id, sum(count) FROM sample_chunk"
                + " WHERE day = "
                + day
                + " GROUP BY 1 HAVING count(*) > 1")) {
      while (rs.next()) {
        counts.merge(rs.getLong(1), rs.getLong(2), Long::sum);
      }
    }
    long from = day * SampleTable.DAY_MS;
    long sealed = 0;
    for (List<Long> batch : batches(counts, BATCH_SAMPLES)) {
      sealed +=
          ChunkMerger.merge(
              c, day, batch, from, from + SampleTable.DAY_MS - 1, rows(c, partition, batch));
    }
    return sealed;
  }

  /**
   * Series ids in order, grouped so that each group's rows add up to at most {@code limit}, or to a
   * single series holding more.
   */
  static List<List<Long>> batches(Map<Long, Long> rowsBySeries, long limit) {
    List<List<Long>> out = new ArrayList<>();
    List<Long> current = new ArrayList<>();
    long rows = 0;
    for (Map.Entry<Long, Long> series : rowsBySeries.entrySet()) {
      if (!current.isEmpty() && rows + series.getValue() > limit) {
        out.add(current);
        current = new ArrayList<>();
        rows = 0;
      }
      current.add(series.getKey());
      rows += series.getValue();
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static Map<Long, Samples> rows(Connection c, String partition, List<Long> ids)
      throws SQLException {
    StringJoiner list = new StringJoiner(",", "series_id = ANY('{", "}')");
    ids.forEach(id -> list.add(Long.toString(id)));
    return SampleRows.bySeries(c, partition, list.toString());
  }
}
