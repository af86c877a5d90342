package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.pattoo.series.Samples;
import org.pattoo.storage.chunk.SampleChunk;

/**
 * Reads numeric samples from {@code sample_chunk} (hot minutes folded, days sealed) and merges them
 * with the rows of the {@code sample} partitions, so a raw read returns each (series, timestamp)
 * once wherever it is kept.
 *
 * <p>Callers read the rows first and the chunks second: folding and sealing only ever move rows
 * into chunks (or rewrite chunks as one), each in one transaction, so a read that overlaps them
 * sees a sample in the rows, in a chunk, or in both (merged into one), never in neither.
 */
public final class ChunkReader {

  private ChunkReader() {}

  /**
   * The chunked samples in [from, to) of the series {@code ids}, or of every series when {@code
   * ids} is null, by series id, each in time order. No query runs past the days that have chunks,
   * so hot ranges pay one index probe.
   */
  public static Map<Long, Samples> read(Connection c, Collection<Long> ids, long from, long to)
      throws SQLException {
    Map<Long, Samples> out = new TreeMap<>();
    try (ChunkCursor chunks = ChunkCursor.open(c, ids, from, to)) {
      for (long id = chunks.nextId(); id != ChunkCursor.END; id = chunks.nextId()) {
        Samples samples = chunks.take(id);
        if (samples.size() > 0) { // not a chunk whose gap spans the range
          out.put(id, samples);
        }
      }
    }
    return out;
  }

  /**
   * Each series' two newest samples (a counter's rate needs two): of its {@code rows}
   * (time-ordered) and its two newest chunks (a slowly polled series may have one sample a chunk).
   * A chunk is decoded only where it can hold one of them: while rows keep coming, the newest two
   * are rows, newer than any chunk's last sample. Where a row and a chunk hold a timestamp, the
   * chunk's wins.
   */
  public static Map<Long, Samples> newest(
      Connection c, Collection<Long> ids, Map<Long, Samples> rows) throws SQLException {
    Map<Long, Samples> out = new TreeMap<>();
    for (long id : ids) {
      Samples own = rows.get(id);
      if (own != null && own.size() > 0) {
        out.put(id, tail(own, 2));
      }
    }
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, k.last_ts, k.data FROM unnest(?::bigint[]) id CROSS JOIN LATERAL"
                + " (SELECT data, first_ts, last_ts FROM sample_chunk WHERE series_id = id"
                + "  ORDER BY first_ts DESC LIMIT 2) k ORDER BY id, k.first_ts DESC")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          Samples known = out.getOrDefault(id, new Samples());
          int n = known.size();
          if (n < 2 || rs.getLong(2) >= known.ts(n - 2)) {
            Samples chunk = tail(SampleChunk.decode(rs.getBytes(3)), 2);
            out.put(id, tail(merge(chunk, known), 2));
          }
        }
      }
    }
    return out;
  }

  /**
   * {@code rows} and {@code chunks} merged by series into one time-ordered list each; where both
   * hold a timestamp, the chunk's sample is kept (it was written first).
   */
  public static Map<Long, Samples> merge(Map<Long, Samples> rows, Map<Long, Samples> chunks) {
    if (chunks.isEmpty()) {
      return rows;
    }
    for (Map.Entry<Long, Samples> chunk : chunks.entrySet()) {
      rows.merge(chunk.getKey(), chunk.getValue(), (r, ch) -> merge(ch, r));
    }
    return rows;
  }

  /**
   * The last {@code n} samples of a time-ordered list. Of two lists merged, the {@code n} newest
   * are among the {@code n} newest of each, so tails merge into the tail of the whole.
   */
  public static Samples tail(Samples samples, int n) {
    if (samples.size() <= n) {
      return samples;
    }
    Samples out = new Samples();
    for (int i = samples.size() - n; i < samples.size(); i++) {
      out.add(samples.ts(i), samples.value(i), samples.beyondDouble(i));
    }
    return out;
  }

  /**
   * Two time-ordered lists as one, each timestamp once: where both hold one, {@code first}'s sample
   * wins; within a list, its earlier sample.
   */
  public static Samples merge(Samples first, Samples second) {
    Samples out = new Samples();
    int i = 0;
    int j = 0;
    while (i < first.size() || j < second.size()) {
      Samples from;
      int k;
      if (j == second.size() || (i < first.size() && first.ts(i) <= second.ts(j))) {
        from = first;
        k = i++;
      } else {
        from = second;
        k = j++;
      }
      if (out.size() == 0 || out.ts(out.size() - 1) != from.ts(k)) {
        out.add(from.ts(k), from.value(k), from.beyondDouble(k));
      }
    }
    return out;
  }
}
