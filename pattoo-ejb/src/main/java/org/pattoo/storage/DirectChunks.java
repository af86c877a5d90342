package org.pattoo.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Samples;

/**
 * A request's numeric samples of one hot day written straight as chunks, one a series, instead of
 * rows that the fold turns into the same chunks minutes later. For requests holding many samples of
 * each series (an agent's spool replayed after an outage, an import): PostgreSQL is spared the
 * unique index, the fold its read, encode and delete. Written only where no row or chunk of those
 * series lies in their range yet, so the chunks take no merge and the duplicate rule ("first write
 * wins") needs no index: the caller writes rows otherwise.
 */
public final class DirectChunks {

  /**
   * Samples a series that a request must hold on average: a chunk row costs about as much to write
   * as a few hundred samples in it, so a request of one sample a series (a live poll) stays rows.
   */
  static final int MIN_PER_SERIES = 50;

  private final long day;
  private final List<ChunkMerger.Chunk> chunks;
  private final int samples;

  private DirectChunks(long day, List<ChunkMerger.Chunk> chunks) {
    this.day = day;
    this.chunks = chunks;
    this.samples = chunks.stream().mapToInt(ChunkMerger.Chunk::count).sum();
  }

  /** Whether {@code rows} samples of {@code series} series are worth writing as chunks. */
  public static boolean worthIt(int rows, int series) {
    return rows >= (long) MIN_PER_SERIES * Math.max(1, series);
  }

  /**
   * The rows (parallel arrays, {@code exact} null when no row has an exact value) as a chunk per
   * series, encoded now, before any lock; of a timestamp repeated within a series, the first.
   */
  public static DirectChunks encode(
      long day, long[] series, long[] ts, double[] values, BigDecimal[] exact) {
    Map<Long, Samples> bySeries = new HashMap<>();
    Samples current = null;
    for (int i = 0; i < series.length; i++) {
      if (current == null || series[i] != series[i - 1]) {
        current = bySeries.computeIfAbsent(series[i], id -> new Samples());
      }
      current.add(ts[i], values[i], exact == null ? null : exact[i]);
    }
    List<ChunkMerger.Chunk> chunks = new ArrayList<>(bySeries.size());
    for (Map.Entry<Long, Samples> e : bySeries.entrySet()) {
      // Merged with nothing: each timestamp once, its earliest sample kept.
      Samples once = ChunkReader.merge(e.getValue().inTimeOrder(), new Samples());
      chunks.add(ChunkMerger.Chunk.of(e.getKey(), once));
    }
    return new DirectChunks(day, chunks);
  }

  /** The distinct samples the chunks hold: what {@link #writeIfNew} stores. */
  public int samples() {
    return samples;
  }

  /**
   * Writes the chunks unless a row of the day's {@code partition} or a chunk of one of their series
   * lies in a chunk's range; returns whether it did. The caller holds the day's lock alone, so no
   * writer adds a row and no fold or seal moves one meanwhile.
   */
  public boolean writeIfNew(Connection c, String partition) throws SQLException {
    int n = chunks.size();
    Long[] ids = new Long[n];
    Long[] lo = new Long[n];
    Long[] hi = new Long[n];
    for (int i = 0; i < n; i++) {
      ChunkMerger.Chunk chunk = chunks.get(i);
      ids[i] = chunk.seriesId();
      lo[i] = chunk.firstTs();
      hi[i] = chunk.lastTs();
    }
    // Of a series' chunks starting before a range's end, only the last can reach into it: they
    // never overlap.
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM unnest(?::bigint[], ?::bigint[], ?::bigint[])"
                + " AS r(id, lo, hi) CROSS JOIN LATERAL (SELECT last_ts FROM sample_chunk"
                + " WHERE series_id = r.id AND first_ts <= r.hi ORDER BY first_ts DESC LIMIT 1) k"
                + " WHERE k.last_ts >= r.lo) OR EXISTS (SELECT 1 FROM "
                + partition
                + " WHERE ts BETWEEN ? AND ? AND series_id = ANY(?))")) {
      ps.setArray(1, c.createArrayOf("bigint", ids));
      ps.setArray(2, c.createArrayOf("bigint", lo));
      ps.setArray(3, c.createArrayOf("bigint", hi));
      ps.setLong(4, Arrays.stream(lo).mapToLong(Long::longValue).min().orElseThrow());
      ps.setLong(5, Arrays.stream(hi).mapToLong(Long::longValue).max().orElseThrow());
      ps.setArray(6, c.createArrayOf("bigint", ids));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getBoolean(1)) {
          return false;
        }
      }
    }
    ChunkMerger.insert(c, day, chunks);
    try (Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO sample_fold (day, folded_until, chunk_writes) VALUES ("
              + day
              + ", "
              + day * SampleTable.DAY_MS
              + ", 1) ON CONFLICT (day) DO UPDATE SET chunk_writes = sample_fold.chunk_writes + 1");
    }
    return true;
  }

  /** How many chunk writes {@link #writeIfNew} made into {@code day}: a fold compares two reads. */
  static long writesInto(Connection c, long day) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT chunk_writes FROM sample_fold WHERE day = " + day)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
