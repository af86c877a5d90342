package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.pattoo.series.Samples;
import org.pattoo.storage.chunk.SampleChunk;

/**
 * Writes rows into chunks: each series' rows and its chunks of the day that overlap [from, to]
 * become one chunk, the overlapped chunks deleted. A series' chunks therefore never overlap in
 * time, and where a row repeats a chunk's timestamp the chunk's sample stays (it was written
 * first). Runs in the caller's transaction, which holds the day's lock and deletes the rows.
 */
final class ChunkMerger {

  private static final String OVERLAPPING =
      " FROM sample_chunk WHERE series_id = ANY(?) AND day = ? AND first_ts <= ? AND last_ts >= ?";

  private ChunkMerger() {}

  /** Returns the number of samples in the chunks written for {@code ids}. */
  static long merge(
      Connection c, long day, Collection<Long> ids, long from, long to, Map<Long, Samples> rows)
      throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    Map<Long, Samples> chunks = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, data" + OVERLAPPING + " ORDER BY series_id, first_ts")) {
      bind(c, ps, ids, day, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          chunks.merge(rs.getLong(1), SampleChunk.decode(rs.getBytes(2)), ChunkReader::merge);
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE" + OVERLAPPING)) {
      bind(c, ps, ids, day, from, to);
      ps.executeUpdate();
    }
    return insert(c, day, ChunkReader.merge(rows, chunks));
  }

  private static void bind(
      Connection c, PreparedStatement ps, Collection<Long> ids, long day, long from, long to)
      throws SQLException {
    ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
    ps.setInt(2, Math.toIntExact(day));
    ps.setLong(3, to);
    ps.setLong(4, from);
  }

  private static long insert(Connection c, long day, Map<Long, Samples> bySeries)
      throws SQLException {
    long count = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sample_chunk (series_id, day, first_ts, last_ts, count, data)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Long, Samples> e : bySeries.entrySet()) {
        Samples samples = e.getValue();
        int n = samples.size();
        if (n == 0) {
          continue;
        }
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
