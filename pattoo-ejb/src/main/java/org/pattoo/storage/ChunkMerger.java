package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Samples;
import org.pattoo.storage.chunk.SampleChunk;

/**
 * Writes rows into chunks: each series' rows and its chunks of the day that overlap the series'
 * range become one chunk, the overlapped chunks deleted. A series' chunks therefore never overlap
 * in time, and where a row repeats a chunk's timestamp the chunk's sample stays (it was written
 * first). Runs in the caller's transaction, which holds the day's lock and removes the rows (a fold
 * right after it commits).
 */
final class ChunkMerger {

  /** Each series' range, a row a series, and its chunks {@code c} of the day that overlap it. */
  private static final String RANGES =
      " unnest(?::bigint[], ?::bigint[], ?::bigint[]) AS r(id, lo, hi)";

  private static final String OVERLAPPING =
      " WHERE c.series_id = r.id AND c.day = ? AND c.first_ts <= r.hi AND c.last_ts >= r.lo";

  private ChunkMerger() {}

  /**
   * Merges each of {@code ids} with its chunks overlapping [from, to] (sealing: the whole day);
   * returns the number of samples in the chunks written.
   */
  static long merge(
      Connection c, long day, Collection<Long> ids, long from, long to, Map<Long, Samples> rows)
      throws SQLException {
    long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
    long[] lo = new long[idArray.length];
    long[] hi = new long[idArray.length];
    Arrays.fill(lo, from);
    Arrays.fill(hi, to);
    return prepare(c, new Ranges(day, idArray, lo, hi), rows).write(c);
  }

  /**
   * Reads the chunks each series' rows overlap, from its first row to its last, and encodes the
   * merged ones; nothing is written yet. The caller writes them only if neither the rows nor those
   * chunks changed meanwhile. Each series' own range, not the rows' range as a whole: a late row of
   * one series at midnight would otherwise merge every other series' chunks since midnight.
   */
  static Merged prepare(Connection c, long day, Map<Long, Samples> rows) throws SQLException {
    int n = rows.size();
    long[] ids = new long[n];
    long[] lo = new long[n];
    long[] hi = new long[n];
    int i = 0;
    for (Map.Entry<Long, Samples> e : rows.entrySet()) {
      Samples samples = e.getValue();
      ids[i] = e.getKey();
      lo[i] = samples.ts(0);
      hi[i] = samples.ts(samples.size() - 1);
      i++;
    }
    return prepare(c, new Ranges(day, ids, lo, hi), rows);
  }

  private static Merged prepare(Connection c, Ranges ranges, Map<Long, Samples> rows)
      throws SQLException {
    Map<Long, Samples> chunks = new HashMap<>();
    if (ranges.ids().length > 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT c.series_id, c.data FROM sample_chunk c,"
                  + RANGES
                  + OVERLAPPING
                  + " ORDER BY c.series_id, c.first_ts")) {
        ranges.bind(c, ps);
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
      if (samples.size() > 0) {
        out.add(Chunk.of(e.getKey(), samples));
      }
    }
    return new Merged(ranges, out);
  }

  /** One encoded chunk. */
  record Chunk(long seriesId, long firstTs, long lastTs, int count, byte[] data) {

    /** Series {@code id}'s samples, at least one, in strictly ascending time. */
    static Chunk of(long id, Samples samples) {
      int n = samples.size();
      return new Chunk(id, samples.ts(0), samples.ts(n - 1), n, SampleChunk.encode(samples));
    }
  }

  /** Adds {@code chunks} of {@code day}, in one binary COPY. */
  static void insert(Connection c, long day, List<Chunk> chunks) throws SQLException {
    BinaryCopy.in(
        c,
        "COPY sample_chunk (series_id, day, first_ts, last_ts, count, data)"
            + " FROM STDIN (FORMAT binary)",
        BinaryCopy.chunks(day, chunks));
  }

  /** Series {@code ids[i]}'s range [lo[i], hi[i]] on {@code day}. */
  private record Ranges(long day, long[] ids, long[] lo, long[] hi) {

    void bind(Connection c, PreparedStatement ps) throws SQLException {
      ps.setArray(1, c.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray()));
      ps.setArray(2, c.createArrayOf("bigint", Arrays.stream(lo).boxed().toArray()));
      ps.setArray(3, c.createArrayOf("bigint", Arrays.stream(hi).boxed().toArray()));
      ps.setInt(4, Math.toIntExact(day));
    }
  }

  /** Chunks ready to replace each series' chunks of the day that overlap its range. */
  record Merged(Ranges ranges, List<Chunk> chunks) {

    /** Replaces the overlapped chunks; returns the number of samples written. */
    long write(Connection c) throws SQLException {
      if (ranges.ids().length == 0) {
        return 0;
      }
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM sample_chunk c USING" + RANGES + OVERLAPPING)) {
        ranges.bind(c, ps);
        ps.executeUpdate();
      }
      insert(c, ranges.day(), chunks);
      long count = 0;
      for (Chunk chunk : chunks) {
        count += chunk.count();
      }
      return count;
    }
  }
}
