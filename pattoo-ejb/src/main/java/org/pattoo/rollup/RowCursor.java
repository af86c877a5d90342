package org.pattoo.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.pattoo.series.Samples;
import org.pattoo.storage.ChunkCursor;

/**
 * The numeric sample rows in [from, to) one series at a time, in ascending id order, fetched in
 * batches inside the caller's transaction: a rollup holds one series' samples, not the range's.
 */
final class RowCursor implements AutoCloseable {

  private static final int FETCH = 10_000;

  private final PreparedStatement ps;
  private final ResultSet rs;
  private boolean onRow;

  RowCursor(Connection c, long from, long to, SeriesFilter only) throws SQLException {
    ps =
        c.prepareStatement(
            "SELECT series_id, ts, value, counter FROM sample WHERE ts >= ? AND ts < ?"
                + only.sql("series_id")
                + " ORDER BY series_id, ts");
    try {
      ps.setFetchSize(FETCH);
      ps.setLong(1, from);
      ps.setLong(2, to);
      rs = ps.executeQuery();
      onRow = rs.next();
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** The id of the next series with rows, or {@link ChunkCursor#END}. */
  long nextId() throws SQLException {
    return onRow ? rs.getLong(1) : ChunkCursor.END;
  }

  /** The rows of series {@code id}, in time order: empty when the next series is another one. */
  Samples take(long id) throws SQLException {
    Samples out = new Samples();
    while (onRow && rs.getLong(1) == id) {
      out.add(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4));
      onRow = rs.next();
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    ps.close();
  }
}
