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
 * rows keep one series' samples together, so reading a series stays cheap. Reads go on during a
 * compaction; writes to that day wait for it.
 *
 * <p>With {@code pattoo.storage.seal}, the same pass seals the day instead of keeping its rows:
 * each series' samples become one compressed chunk in {@code sample_chunk} ({@link DaySealer}) and
 * the rebuilt partition starts empty; late samples written there since are sealed into the chunks
 * at the next pass.
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

  private static void compact(Connection c, long day, boolean seal) throws SQLException {
    String name = SampleTable.NUMBER.partition(day);
    String sorted = name + "_sorted";
    long from = day * SampleTable.DAY_MS;
    long to = from + SampleTable.DAY_MS;
    OwnTransaction.run(
        c,
        st -> {
          st.execute("SET LOCAL lock_timeout = '30s'");
          st.execute(ColdDays.lockSql(day));
          st.execute("LOCK TABLE " + name + " IN SHARE MODE");
          // Left behind where an error once committed a compaction halfway (see OwnTransaction).
          st.execute("DROP TABLE IF EXISTS " + sorted);
          st.execute("CREATE TABLE " + sorted + " (LIKE sample)");
          if (seal) {
            DaySealer.seal(c, st, day); // the rows move into chunks: the new partition is empty
          } else {
            st.execute(
                "INSERT INTO "
                    + sorted
                    + " SELECT series_id, ts, value, counter FROM "
                    + name
                    + " ORDER BY series_id, ts");
          }
          // Lets ATTACH trust the rows without scanning them again.
          st.execute(
              "ALTER TABLE "
                  + sorted
                  + " ADD CONSTRAINT "
                  + name
                  + "_day CHECK (ts >= "
                  + from
                  + " AND ts < "
                  + to
                  + ")");
          st.execute("ALTER TABLE sample DETACH PARTITION " + name);
          st.execute("DROP TABLE " + name);
          st.execute("ALTER TABLE " + sorted + " RENAME TO " + name);
          // Named after the old partition is gone: a day compacted before has an index by this
          // name.
          st.execute(
              "CREATE INDEX "
                  + name
                  + "_series_ts_brin ON "
                  + name
                  + " USING brin (series_id, ts) WITH (pages_per_range = 16)");
          st.execute(
              "ALTER TABLE sample ATTACH PARTITION "
                  + name
                  + " FOR VALUES FROM ("
                  + from
                  + ") TO ("
                  + to
                  + ")");
          st.execute("ANALYZE " + name); // without statistics the planner ignores the BRIN index
        });
  }
}
