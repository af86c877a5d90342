package org.pattoo.storage;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * chunks by the next fold. Measured step by step in docs/performance.md.
 *
 * <p>Each fold commits under the day's lock, which writers of the day share: a writer sees the
 * day's fold point ({@code sample_fold}) before it writes and checks samples older than it against
 * the chunks, so a sample written twice is stored once, wherever the first one is. The folded rows
 * are deleted after the commit, without the lock (see {@link #fold}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HotFolder {

  /** The width of a fold: a chunk per series and window until the day is sealed into one. */
  static final long WINDOW_MS = 600_000;

  /**
   * Rows a fold aims for: a day written long after its time (a backfill) is folded in spans of
   * several windows, as a chunk row costs as much to write as hundreds of samples in it.
   */
  static final long TARGET_ROWS = 200_000;

  /**
   * Rows a fold takes at most: a window holding more (150,000 points/s written live fill one with
   * 90 M) is cut short at the time of its last row read and folded in several transactions, so the
   * fold's memory stays bounded (tens of megabytes) whatever the write rate.
   */
  static final long MAX_ROWS = 4 * TARGET_ROWS;

  @Inject private DataSource dataSource;
  @Inject private Settings settings;
  @Inject private Clock clock;
  @Inject private FoldMetrics metrics;

  /** Each hot day's newest row at the last run: a day whose newest stays put is written no more. */
  private final Map<Long, Long> frontiers = new ConcurrentHashMap<>();

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
    long after = settings.foldAfter().toMillis();
    long now = clock.millis();
    long limit = Math.floorDiv(now - after, WINDOW_MS) * WINDOW_MS;
    FoldMetrics.Run run = metrics.start();
    try (Connection c = dataSource.getConnection()) {
      return JobLock.tryRun(c, JobLock.FOLD, () -> foldHotDays(c, limit, after, now, stop, run))
          .orElse(0L);
    } finally {
      run.finished();
    }
  }

  /** Folds each day not compacted yet up to its limit; the newest one's is the fold point shown. */
  private long foldHotDays(
      Connection c, long limit, long after, long now, BooleanSupplier stop, FoldMetrics.Run run)
      throws SQLException {
    long rows = 0;
    long newestDay = Long.MIN_VALUE;
    long newestLimit = 0;
    Set<Long> hot = new HashSet<>();
    for (String name : Partitions.of(c, SampleTable.NUMBER.parent())) {
      long day = SampleTable.dayOfPartition(name);
      if (day * SampleTable.DAY_MS < limit && !ColdDays.isCompacted(c, name)) {
        hot.add(day);
        long dayLimit = dayLimit(c, day, limit, after);
        rows += foldDay(c, day, dayLimit, stop, run);
        if (dayLimit >= (day + 1) * SampleTable.DAY_MS) {
          reclaim(c, day);
        }
        if (day > newestDay) {
          newestDay = day;
          newestLimit = dayLimit;
        }
      }
    }
    frontiers.keySet().retainAll(hot);
    if (!hot.isEmpty() && !stop.getAsBoolean()) {
      metrics.foldedUntil(newestLimit, now);
    }
    return rows;
  }

  /**
   * Where folding a day stops: {@code limit} by the clock, and as far behind the day's newest row
   * as behind the clock. A backfill (an agent's spool, an import) writes old time in order; folding
   * up to the clock would fold the windows it is still writing, and turn its writes into late ones.
   * Once the newest row stays put from one run to the next, the clock alone counts.
   */
  private long dayLimit(Connection c, long day, long limit, long after) throws SQLException {
    long frontier = newest(c, SampleTable.NUMBER.partition(day));
    Long before = frontiers.put(day, frontier);
    if (frontier == Long.MIN_VALUE || (before != null && before == frontier)) {
      return limit;
    }
    return Math.min(limit, Math.floorDiv(frontier - after, WINDOW_MS) * WINDOW_MS);
  }

  /**
   * Folds the day's rows before {@code limit}, oldest first, one span of windows a transaction: one
   * window to start with, doubled while a span holds few rows, halved while it holds many.
   */
  private long foldDay(
      Connection c, long day, long limit, BooleanSupplier stop, FoldMetrics.Run run)
      throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    long folded = 0;
    long span = WINDOW_MS;
    long from = Long.MIN_VALUE;
    while (!stop.getAsBoolean()) {
      long oldest = oldest(c, partition, from);
      if (oldest >= limit) {
        return folded;
      }
      long end = Math.min(limit, Math.floorDiv(oldest, WINDOW_MS) * WINDOW_MS + span);
      Window done;
      try {
        done = fold(c, day, oldest, end, false);
      } catch (RowsChanged e) {
        done = fold(c, day, oldest, end, true);
      }
      long rows = done.rows();
      folded += rows;
      run.folded(rows); // as each commits: a long run shows its progress
      // A late row written before the window's end meanwhile, or before its oldest row, waits for
      // the next run: looking for the oldest row from the start again walks the index entries of
      // the rows just deleted.
      from = done.end();
      if (done.end() < end) {
        span = WINDOW_MS; // cut short: the rows, not the span, bound this window
      } else if (rows < TARGET_ROWS / 2) {
        span = Math.min(span * 2, SampleTable.DAY_MS);
      } else if (rows > TARGET_ROWS * 2) {
        span = Math.max(span / 2, WINDOW_MS);
      }
    }
    return folded;
  }

  /**
   * Folds the rows in [{@code from}, {@code end}) in one transaction under the day's lock, then
   * deletes them. Optimistically, the rows are read and the chunks encoded before the lock is
   * taken, so writers of the day wait only while the rows are counted and the chunks written; if
   * the rows under the lock are not the rows read (a late sample came meanwhile: rows only ever
   * grow, so equal counts are equal sets), or a request wrote chunks into the day ({@link
   * DirectChunks}, which the merge read before the lock would then replace unread), it is undone
   * and {@code readLocked} does it all under the lock.
   *
   * <p>The rows are deleted after the commit, while writers go on: until then readers find them in
   * both places and keep the chunk's, and a writer re-posting one finds it in the chunks, as it is
   * older than the fold point. Only a late row (older than the fold point) waits for the delete,
   * which would otherwise remove it unfolded. Should the delete not happen (the node stops), the
   * next fold reads the rows again, finds them in the chunks, and deletes them.
   */
  private static Window fold(Connection c, long day, long from, long end, boolean readLocked)
      throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    long chunkWrites = readLocked ? 0 : DirectChunks.writesInto(c, day); // before chunks are read
    Window early = readLocked ? null : Window.read(c, day, partition, from, end);
    Window[] folded = {early};
    boolean[] holding = {false};
    try {
      OwnTransaction.run(
          c,
          st -> {
            st.execute("SET LOCAL lock_timeout = '30s'");
            st.execute(ColdDays.lockSql(day));
            Window window = early != null ? early : Window.read(c, day, partition, from, end);
            folded[0] = window;
            if (count(st, partition, from, window.end()) != window.rows()
                || (early != null && DirectChunks.writesInto(c, day) != chunkWrites)) {
              throw new RowsChanged();
            }
            window.chunks().write(c);
            st.execute(
                "INSERT INTO sample_fold (day, folded_until) VALUES ("
                    + day
                    + ", "
                    + window.end()
                    + ") ON CONFLICT (day) DO UPDATE SET folded_until ="
                    + " greatest(sample_fold.folded_until, EXCLUDED.folded_until)");
            st.execute(ColdDays.holdLateRowsSql(day)); // free: no writer holds the day's lock
            holding[0] = true; // a session's lock: held even if the commit fails
          });
      try (Statement st = c.createStatement()) {
        st.executeUpdate(
            "DELETE FROM " + partition + " WHERE " + SampleRows.span(from, folded[0].end()));
      }
    } finally {
      if (holding[0]) {
        try (Statement st = c.createStatement()) {
          st.execute(ColdDays.releaseLateRowsSql(day));
        }
      }
    }
    return folded[0];
  }

  private static long count(Statement st, String partition, long from, long end)
      throws SQLException {
    try (ResultSet rs =
        st.executeQuery(
            "SELECT count(*) FROM " + partition + " WHERE " + SampleRows.span(from, end))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A window's rows before {@code end}, counted, and the chunks they become. */
  private record Window(long end, long rows, ChunkMerger.Merged chunks) {

    /**
     * The rows in [{@code from}, {@code end}), or, when there are more than {@link #MAX_ROWS}, the
     * oldest of them up to the time of the last one read, which may have more rows than were read.
     */
    static Window read(Connection c, long day, String partition, long from, long end)
        throws SQLException {
      Map<Long, Samples> rows = SampleRows.oldestBySeries(c, partition, from, end, MAX_ROWS + 1);
      if (count(rows) > MAX_ROWS) {
        long last = rows.values().stream().mapToLong(s -> s.ts(s.size() - 1)).max().orElseThrow();
        rows.replaceAll((id, samples) -> samples.before(last));
        rows.values().removeIf(samples -> samples.size() == 0);
        end = last;
        if (rows.isEmpty()) { // all at one millisecond: one row a series, fold them at once
          rows = SampleRows.bySeries(c, partition, SampleRows.span(from, last + 1));
          end = last + 1;
        }
      }
      return new Window(end, count(rows), ChunkMerger.prepare(c, day, rows));
    }

    private static long count(Map<Long, Samples> rows) {
      return rows.values().stream().mapToLong(Samples::size).sum();
    }
  }

  /** The rows or chunks under the lock are not those read before it. */
  private static final class RowsChanged extends SQLException {
    RowsChanged() {
      super("rows or chunks were written into the window while it was read");
    }
  }

  /**
   * Returns a past day's disk space once all its rows are folded: the deleted rows' pages would
   * only become reusable after a vacuum, and a past day gets few new rows to reuse them (a backfill
   * left hundreds of megabytes until the day was sealed). Under the day's lock, so no writer adds a
   * row. A reader holding the partition (a long dump) makes it wait 200 ms at most, then the next
   * run tries again: while the TRUNCATE waits, every other reader of the partition queues behind it
   * (with 5 s, the server's own metrics scrape was seen waiting for seconds).
   */
  private static void reclaim(Connection c, long day) throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    OwnTransaction.runUnlessBusy(
        c,
        "200ms",
        st -> {
          st.execute(ColdDays.lockSql(day));
          try (ResultSet rs =
              st.executeQuery(
                  "SELECT pg_relation_size('"
                      + partition
                      + "') > 0 AND NOT EXISTS (SELECT 1 FROM "
                      + partition
                      + ")")) {
            rs.next();
            if (!rs.getBoolean(1)) {
              return;
            }
          }
          st.execute("TRUNCATE " + partition);
        });
  }

  /** The oldest row's time from {@code from} on, or {@link Long#MAX_VALUE} when there is none. */
  private static long oldest(Connection c, String partition, long from) throws SQLException {
    return edge(c, "min", partition, from, Long.MAX_VALUE);
  }

  /** The newest row's time, or {@link Long#MIN_VALUE} when the partition has none. */
  private static long newest(Connection c, String partition) throws SQLException {
    return edge(c, "max", partition, Long.MIN_VALUE, Long.MIN_VALUE);
  }

  private static long edge(Connection c, String function, String partition, long from, long none)
      throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT " + function + "(ts) FROM " + partition + " WHERE ts >= " + from)) {
      rs.next();
      long ts = rs.getLong(1);
      return rs.wasNull() ? none : ts;
    }
  }
}
