package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
    return prepare(c, day, ids, from, to, rows).write(c);
  }

  /**
   * Reads the chunks {@code rows} overlap and encodes the merged ones; nothing is written yet. The
   * caller writes them only if neither the rows nor those chunks changed meanwhile.
   */
  static Merged prepare(
      Connection c, long day, Collection<Long> ids, long from, long to, Map<Long, Samples> rows)
      throws SQLException {
    Map<Long, Samples> chunks = new HashMap<>();
    if (!ids.isEmpty()) {
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
    }
    List<Chunk> out = new ArrayList<>();
    for (Map.Entry<Long, Samples> e : ChunkReader.merge(rows, chunks).entrySet()) {
      Samples samples = e.getValue();
      int n = samples.size();
      if (n > 0) {
        out.add(
            new Chunk(
                e.getKey(), samples.ts(0), samples.ts(n - 1), n, SampleChunk.encode(samples)));
      }
    }
    return new Merged(day, List.copyOf(ids), from, to, out);
  }

  /** One encoded chunk. */
  record Chunk(long seriesId, long firstTs, long lastTs, int count, byte[] data) {}

  /** Chunks ready to replace those of {@code ids} on {@code day} that overlap [from, to]. */
  record Merged(long day, List<Long> ids, long from, long to, List<Chunk> chunks) {

    /** Replaces the overlapped chunks; returns the number of samples written. */
    long write(Connection c) throws SQLException {
      if (ids.isEmpty()) {
        return 0;
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE" + OVERLAPPING)) {
        bind(c, ps, ids, day, from, to);
        ps.executeUpdate();
      }
      BinaryCopy.in(
          c,
          "COPY sample_chunk (series_id, day, first_ts, last_ts, count, data)"
              + " FROM STDIN (FORMAT binary)",
          BinaryCopy.chunks(day, chunks));
      long count = 0;
      for (Chunk chunk : chunks) {
        count += chunk.count();
      }
      return count;
    }
  }

  private static void bind(
      Connection c, PreparedStatement ps, Collection<Long> ids, long day, long from, long to)
      throws SQLException {
    ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
    ps.setInt(2, Math.toIntExact(day));
    ps.setLong(3, to);
    ps.setLong(4, from);
  }
}
