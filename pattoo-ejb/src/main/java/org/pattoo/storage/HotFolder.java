package org.pattoo.storage;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.pattoo.config.Settings;
import org.pattoo.series.Samples;

/**
 * Folds hot numeric samples into chunks: once a 10-minute window is older than {@code
 * pattoo.storage.fold-after}, each series' rows of it become one chunk ({@link ChunkMerger}) and
 * leave the day's partition. The partition then holds only the last minutes, so its unique index,
 * which makes a re-posted sample a no-op, stays small and cheap to insert into, and a hot day costs
 * a few bytes a sample instead of ~90. Late rows of windows folded before are merged into their
 * chunks by the next fold.
 *
 * <p>Each window is one transaction under the day's lock, which writers of the day share: a writer
 * sees the day's fold point ({@code sample_fold}) before it writes and checks samples older than it
 * against the chunks, so a sample written twice is stored once, wherever the first one is.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HotFolder {

  /** The width of a fold: a chunk per series and window until the day is sealed into one. */
  static final long WINDOW_MS = 600_000;

  @Inject private DataSource dataSource;
  @Inject private Settings settings;
  @Inject private Clock clock;

  /**
   * Folds every window that is due (none without {@code pattoo.storage.seal}, or while another node
   * folds); returns the number of rows folded.
   */
  public long foldDue() throws SQLException {
    return foldDue(() -> false);
  }

  /** As {@link #foldDue()}, stopping between windows once {@code stop} says so. */
  public long foldDue(BooleanSupplier stop) throws SQLException {
    if (!settings.seal()) {
      return 0;
    }
    long limit =
        Math.floorDiv(clock.millis() - settings.foldAfter().toMillis(), WINDOW_MS) * WINDOW_MS;
    try (Connection c = dataSource.getConnection()) {
      return JobLock.tryRun(
              c,
              JobLock.FOLD,
              () -> {
                long folded = 0;
                for (String name : Partitions.of(c, SampleTable.NUMBER.parent())) {
                  long day = SampleTable.dayOfPartition(name);
                  if (day * SampleTable.DAY_MS < limit && !ColdDays.isCompacted(c, name)) {
                    folded += foldDay(c, day, limit, stop);
                  }
                }
                return folded;
              })
          .orElse(0L);
    }
  }

  /** Folds the day's rows before {@code limit}, oldest window first, one window a transaction. */
  private static long foldDay(Connection c, long day, long limit, BooleanSupplier stop)
      throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    long folded = 0;
    while (!stop.getAsBoolean()) {
      long oldest = oldest(c, partition);
      if (oldest >= limit) {
        return folded;
      }
      long end = Math.min(limit, Math.floorDiv(oldest, WINDOW_MS) * WINDOW_MS + WINDOW_MS);
      long[] moved = {0};
      OwnTransaction.run(
          c,
          st -> {
            st.execute("SET LOCAL lock_timeout = '30s'");
            st.execute(ColdDays.lockSql(day));
            Map<Long, Samples> rows = rowsBefore(c, partition, end);
            long from = Long.MAX_VALUE;
            long to = Long.MIN_VALUE;
            for (Samples s : rows.values()) {
              from = Math.min(from, s.ts(0));
              to = Math.max(to, s.ts(s.size() - 1));
            }
            ChunkMerger.merge(c, day, rows.keySet(), from, to, rows);
            moved[0] = st.executeUpdate("DELETE FROM " + partition + " WHERE ts < " + end);
            st.execute(
                "INSERT INTO sample_fold (day, folded_until) VALUES ("
                    + day
                    + ", "
                    + end
                    + ") ON CONFLICT (day) DO UPDATE SET folded_until ="
                    + " greatest(sample_fold.folded_until, EXCLUDED.folded_until)");
          });
      folded += moved[0];
    }
    return folded;
  }

  /** The oldest row's time, or {@link Long#MAX_VALUE} when the partition has none. */
  private static long oldest(Connection c, String partition) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT min(ts) FROM " + partition)) {
      rs.next();
      long ts = rs.getLong(1);
      return rs.wasNull() ? Long.MAX_VALUE : ts;
    }
  }

  private static Map<Long, Samples> rowsBefore(Connection c, String partition, long end)
      throws SQLException {
    Map<Long, Samples> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, ts, value, counter FROM "
                + partition
                + " WHERE ts < ? ORDER BY series_id, ts")) {
      ps.setLong(1, end);
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
}
