package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Samples;
import org.pattoo.storage.chunk.SampleChunk;

/**
 * Seals one day's numeric samples: each series' rows of the day's partition, merged with the chunk
 * it may have already (late samples since the last seal), become one chunk in {@code sample_chunk}.
 * Runs inside the caller's transaction, which holds the day's lock and then removes the rows, so a
 * failure half way loses nothing and a sample is never in neither place.
 */
final class DaySealer {

  /** Series sealed per round trip: a day of a 10-second series is 8,640 samples. */
  private static final int BATCH = 200;

  private DaySealer() {}

  /** Writes the day's chunks; returns the number of samples now sealed for the day. */
  static long seal(Connection c, Statement st, long day) throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    List<Long> series = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery("SELECT DISTINCT series_id FROM " + partition + " ORDER BY 1")) {
      while (rs.next()) {
        series.add(rs.getLong(1));
      }
    }
    long sealed = 0;
    for (int i = 0; i < series.size(); i += BATCH) {
      List<Long> batch = series.subList(i, Math.min(series.size(), i + BATCH));
      Map<Long, Samples> rows = rows(c, partition, batch);
      Map<Long, Samples> chunks =
          ChunkReader.read(c, batch, day * SampleTable.DAY_MS, (day + 1) * SampleTable.DAY_MS);
      sealed += write(c, day, ChunkReader.merge(rows, chunks));
    }
    return sealed;
  }

  private static Map<Long, Samples> rows(Connection c, String partition, List<Long> ids)
      throws SQLException {
    Map<Long, Samples> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, ts, value, counter FROM "
                + partition
                + " WHERE series_id = ANY(?) ORDER BY series_id, ts")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new Samples())
              .add(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4));
        }
      }
    }
    return out;
  }

  private static long write(Connection c, long day, Map<Long, Samples> bySeries)
      throws SQLException {
    long count = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sample_chunk (series_id, day, first_ts, last_ts, count, data)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (series_id, day) DO UPDATE SET"
                + " first_ts = EXCLUDED.first_ts, last_ts = EXCLUDED.last_ts,"
                + " count = EXCLUDED.count, data = EXCLUDED.data")) {
      for (Map.Entry<Long, Samples> e : bySeries.entrySet()) {
        Samples samples = e.getValue();
        int n = samples.size();
        ps.setLong(1, e.getKey());
        ps.setInt(2, Math.toIntExact(day));
        ps.setLong(3, samples.ts(0));
        ps.setLong(4, samples.ts(n - 1));
        ps.setInt(5, n);
        ps.setBytes(6, SampleChunk.encode(samples));
        ps.addBatch();
        count += n;
      }
      ps.executeBatch();
    }
    return count;
  }
}
