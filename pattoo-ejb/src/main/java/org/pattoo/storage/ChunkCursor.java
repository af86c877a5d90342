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
    PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, data FROM sample_chunk WHERE day BETWEEN ? AND ?"
                + " AND first_ts >= ? AND first_ts < ? AND last_ts >= ?"
                + (ids == null ? "" : " AND series_id = ANY(?)")
                + " ORDER BY series_id, first_ts");
    try {
      ps.setFetchSize(FETCH);
      // A chunk holds one day: it starts no earlier than the day of from.
      ps.setLong(1, SampleTable.dayOf(from));
      ps.setLong(2, SampleTable.dayOf(to - 1));
      ps.setLong(3, SampleTable.dayOf(from) * SampleTable.DAY_MS);
      ps.setLong(4, to);
      ps.setLong(5, from);
      if (ids != null) {
        ps.setArray(6, c.createArrayOf("bigint", ids.toArray()));
      }
      return new ChunkCursor(from, to, ps);
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

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
