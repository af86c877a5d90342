package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import org.pattoo.series.Samples;
import org.pattoo.storage.chunk.SampleChunk;

/**
 * The chunked samples in [from, to) one series at a time, in ascending id order, so a range too
 * large to hold (a re-roll of every series at 150,000 points/s) is read with one series in memory.
 * Inside a transaction the rows come in batches; outside one the driver reads them all at once.
 */
public final class ChunkCursor implements AutoCloseable {

  /** What {@link #nextId()} answers once every series is taken. */
  public static final long END = Long.MAX_VALUE;

  private static final int FETCH = 1_000;

  private final long from;
  private final long to;
  private final PreparedStatement ps;
  private final ResultSet rs;
  private boolean onRow;

  private ChunkCursor(long from, long to, PreparedStatement ps) throws SQLException {
    this.from = from;
    this.to = to;
    this.ps = ps;
    this.rs = ps == null ? null : ps.executeQuery();
    this.onRow = rs != null && rs.next();
  }

  /** The chunks of the series {@code ids}, or of every series when {@code ids} is null. */
  public static ChunkCursor open(Connection c, Collection<Long> ids, long from, long to)
      throws SQLException {
    if (from >= to || (ids != null && ids.isEmpty())) {
      return new ChunkCursor(from, to, null);
    }
    // A chunk holds one day: it starts no earlier than the day of from.
    long dayStart = SampleTable.dayOf(from) * SampleTable.DAY_MS;
    PreparedStatement ps = c.prepareStatement(ids == null ? EVERY_SERIES : OF_SERIES);
    try {
      ps.setFetchSize(FETCH);
      if (ids == null) {
        ps.setLong(1, SampleTable.dayOf(from));
        ps.setLong(2, SampleTable.dayOf(to - 1));
        ps.setLong(3, dayStart);
        ps.setLong(4, to);
        ps.setLong(5, from);
      } else {
        ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
        ps.setLong(2, dayStart);
        ps.setLong(3, from);
        ps.setLong(4, from);
        ps.setLong(5, to);
        ps.setLong(6, from);
      }
      return new ChunkCursor(from, to, ps);
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private static final String EVERY_SERIES =
      "SELECT series_id, data FROM sample_chunk WHERE day BETWEEN ? AND ?"
          + " AND first_ts >= ? AND first_ts < ? AND last_ts >= ? ORDER BY series_id, first_ts";

  /**
   * A series' chunks never overlap in time ({@link ChunkMerger}), so of those starting before
   * {@code from} only the last can reach it: one index probe a series, where a range on first_ts
   * from the start of the day read every chunk of the day so far (12 ms for the 1,000 series of one
   * agent JSON request late in a backfilled day; such a run took 53,499 points/s, now 116,878).
   */
  private static final String OF_SERIES =
      "SELECT c.series_id, c.data FROM (SELECT DISTINCT id FROM unnest(?::bigint[]) AS u(id)) s,"
          + " LATERAL ("
          + "(SELECT series_id, first_ts, last_ts, data FROM sample_chunk"
          + " WHERE series_id = s.id AND first_ts >= ? AND first_ts < ?"
          + " ORDER BY first_ts DESC LIMIT 1)"
          + " UNION ALL (SELECT series_id, first_ts, last_ts, data FROM sample_chunk"
          + " WHERE series_id = s.id AND first_ts >= ? AND first_ts < ?)) c"
          + " WHERE c.last_ts >= ? ORDER BY c.series_id, c.first_ts";

  /** The id of the next series with a chunk, or {@link #END}. */
  public long nextId() throws SQLException {
    return onRow ? rs.getLong(1) : END;
  }

  /**
   * The samples in range of series {@code id}, in time order: empty when the next series is another
   * one, or when its chunks have a gap that spans the range.
   */
  public Samples take(long id) throws SQLException {
    Samples out = new Samples();
    while (onRow && rs.getLong(1) == id) {
      Samples chunk = SampleChunk.decode(rs.getBytes(2));
      for (int i = 0; i < chunk.size(); i++) {
        long t = chunk.ts(i);
        if (t >= from && t < to) {
          out.add(t, chunk.value(i), chunk.beyondDouble(i));
        }
      }
      onRow = rs.next();
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    if (ps != null) {
      ps.close();
    }
  }
}
