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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pattoo.config.Settings;

/**
 * Compacts cold numeric partitions: rewrites them ordered by (series_id, ts) and replaces the
 * unique B-tree, which costs about 46 bytes a sample, by a BRIN index of a few kilobytes. Sorted
 * rows keep one series' samples together, so reading a series stays cheap. Writes to that day wait
 * for a compaction; reads of it only for its last step (the sorted rows written back, or the sealed
 * partition emptied).
 *
 * <p>With {@code pattoo.storage.seal}, the same pass seals the day instead of keeping its rows:
 * each series' samples become one compressed chunk in {@code sample_chunk} ({@link DaySealer}) and
 * the partition is emptied; late samples written there since are sealed into the chunks at the next
 * pass.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartitionCompactor {

  private static final Logger LOG = Logger.getLogger(PartitionCompactor.class.getName());

  @Inject private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private Clock clock;

  /**
   * Compacts every partition that is due; returns the epoch days it compacted, none when another
   * node is compacting right now.
   */
  public List<Long> compactDue() throws SQLException {
    return compactDue(() -> false);
  }

  /** As {@link #compactDue()}, stopping between days once {@code stop} says so. */
  public List<Long> compactDue(BooleanSupplier stop) throws SQLException {
    long today = SampleTable.dayOf(clock.millis());
    long after = settings.compactAfter().toDays();
    try (Connection c = dataSource.getConnection()) {
      return JobLock.tryRun(
              c,
              JobLock.COMPACTION,
              () -> {
                List<Long> done = new ArrayList<>();
                for (long day : uncompactedDays(c)) {
                  if (stop.getAsBoolean()) {
                    return done;
                  }
                  if (ColdDays.isCompactable(day, today, after)) {
                    long started = System.nanoTime();
                    compact(c, day, settings.seal());
                    done.add(day);
                    LOG.info(
                        "compacted "
                            + SampleTable.NUMBER.partition(day)
                            + " in "
                            + (System.nanoTime() - started) / 1_000_000
                            + " ms");
                  }
                }
                if (settings.seal() && !stop.getAsBoolean()) {
                  resealLateSamples(c, today, after);
                }
                return done;
              })
          .orElseGet(List::of);
    }
  }

  private static List<Long> uncompactedDays(Connection c) throws SQLException {
    List<Long> days = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                    + " WHERE i.inhparent = 'sample'::regclass AND EXISTS (SELECT 1 FROM pg_index x"
                    + " WHERE x.indrelid = c.oid AND x.indisunique) ORDER BY 1")) {
      while (rs.next()) {
        days.add(SampleTable.dayOfPartition(rs.getString(1)));
      }
    }
    return days;
  }

  /**
   * Seals the rows of compacted days that are due: late samples written beside a sealed day's
   * chunks, or a day compacted before sealing was turned on.
   */
  private static void resealLateSamples(Connection c, long today, long after) throws SQLException {
    for (String name : Partitions.of(c, SampleTable.NUMBER.parent())) {
      long day = SampleTable.dayOfPartition(name);
      if (ColdDays.isCompactable(day, today, after)
          && ColdDays.isCompacted(c, name)
          && hasRows(c, name)) {
        reseal(c, day);
      }
    }
  }

  /**
   * Seals one day now, whatever the setting says (a repair, or a test): compacts and seals it if it
   * is not compacted yet, else moves the rows written since into its chunks.
   */
  public void seal(long day) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (ColdDays.isCompacted(c, SampleTable.NUMBER.partition(day))) {
        reseal(c, day);
      } else {
        compact(c, day, true);
      }
    }
  }

  private static void reseal(Connection c, long day) throws SQLException {
    String name = SampleTable.NUMBER.partition(day);
    long[] sealed = {0};
    long started = System.nanoTime();
    OwnTransaction.run(
        c,
        st -> {
          st.execute("SET LOCAL lock_timeout = '30s'");
          st.execute(ColdDays.lockSql(day));
          st.execute("LOCK TABLE " + name + " IN SHARE ROW EXCLUSIVE MODE");
          sealed[0] = DaySealer.seal(c, st, day);
          st.execute("DELETE FROM " + name);
        });
    // The deleted rows' space returns when autovacuum next visits the partition.
    LOG.info(
        "sealed "
            + name
            + " in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms: its chunks hold "
            + sealed[0]
            + " samples");
  }

  private static boolean hasRows(Connection c, String partition) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + partition + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Compacts one day now, whatever the setting says (a repair, or a day an operator wants small at
   * once). Writers then treat the day as cold, as they do every compacted day.
   */
  public void compact(long day) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      compact(c, day, settings.seal());
    }
  }

  /**
   * Compacts the partition where it is: swapping in a rebuilt table would detach the old one, which
   * takes the parent {@code sample} exclusively, so it would wait for every open read of any day
   * while every later read and write waited behind it. Here only this day's partition is taken
   * exclusively, at the end.
   */
  private static void compact(Connection c, long day, boolean seal) throws SQLException {
    String name = SampleTable.NUMBER.partition(day);
    OwnTransaction.run(
        c,
        st -> {
          st.execute("SET LOCAL lock_timeout = '30s'");
          st.execute(ColdDays.lockSql(day));
          st.execute("LOCK TABLE " + name + " IN SHARE MODE");
          if (seal) {
            DaySealer.seal(c, st, day); // the rows move into chunks: the partition is emptied
            st.execute("TRUNCATE " + name);
          } else {
            st.execute(
                "CREATE TEMP TABLE compacting ON COMMIT DROP AS SELECT * FROM "
                    + name
                    + " ORDER BY series_id, ts");
            st.execute("TRUNCATE " + name);
            st.execute("INSERT INTO " + name + " SELECT * FROM compacting ORDER BY series_id, ts");
          }
          // A day is compacted once it has no unique index (which one it has depends on whether
          // it was made for folding); the BRIN index below serves time ranges too.
          st.execute(
              "DROP INDEX IF EXISTS "
                  + name
                  + "_ts_series, "
                  + name
                  + "_series_ts, "
                  + name
                  + "_ts");
          st.execute(
              "CREATE INDEX IF NOT EXISTS "
                  + name
                  + "_series_ts_brin ON "
                  + name
                  + " USING brin (series_id, ts) WITH (pages_per_range = 16)");
          st.execute("ANALYZE " + name); // without statistics the planner ignores the BRIN index
        });
  }
}
