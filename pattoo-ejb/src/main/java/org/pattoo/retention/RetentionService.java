package org.pattoo.retention;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pattoo.config.RetentionSettings;
import org.pattoo.config.Settings;
import org.pattoo.metrics.DatabaseMetrics;
import org.pattoo.rollup.LateSamples;
import org.pattoo.rollup.RollupTier;
import org.pattoo.storage.JobLock;
import org.pattoo.storage.OwnTransaction;
import org.pattoo.storage.PartitionService;
import org.pattoo.storage.Partitions;
import org.pattoo.storage.SampleTable;

/**
 * Drops the partitions whose every row is older than its tier's retention. Raw numeric samples go
 * only once rolled up (late ones included), so a rollup backlog never loses data to retention.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  @Inject private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private PartitionService partitions;
  @Inject private Clock clock;
  @Inject private DatabaseMetrics metrics;

  /**
   * Drops every partition past retention; returns the names of those dropped, none when another
   * node is enforcing retention right now.
   */
  public List<String> enforce() throws SQLException {
    List<String> dropped;
    try (Connection c = dataSource.getConnection()) {
      dropped = JobLock.tryRun(c, JobLock.RETENTION, () -> enforce(c)).orElseGet(List::of);
    }
    if (!dropped.isEmpty()) {
      LOG.info("retention dropped partitions " + dropped);
      dropped.forEach(name -> metrics.dropped(name.substring(0, name.lastIndexOf('_'))));
    }
    return dropped;
  }

  private List<String> enforce(Connection c) throws SQLException {
    RetentionSettings retention = settings.retention();
    long now = clock.millis();
    List<String> dropped = new ArrayList<>();
    Optional<Long> rawCutoff = cutoff(now, retention.raw());
    if (rawCutoff.isPresent()) {
      List<Long> days = new ArrayList<>();
      for (SampleTable table : SampleTable.values()) {
        for (String name : Partitions.of(c, table.parent())) {
          long day = SampleTable.dayOfPartition(name);
          long start = day * SampleTable.DAY_MS;
          long end = start + SampleTable.DAY_MS;
          if (end <= rawCutoff.get()
              && dropUnless(
                  c,
                  name,
                  st -> table == SampleTable.NUMBER && LateSamples.pendingRollup(st, start, end),
                  table == SampleTable.NUMBER
                      ? "DELETE FROM sample_chunk WHERE day = "
                          + day
                          + "; DELETE FROM sample_fold WHERE day = "
                          + day
                      : null)) {
            dropped.add(name);
            days.add(day);
          }
        }
      }
      partitions.forget(days);
    }
    dropRollups(c, RollupTier.FIVE_MINUTES, cutoff(now, retention.fiveMinutes()), dropped);
    dropRollups(c, RollupTier.HOUR, cutoff(now, retention.hour()), dropped);
    dropRollups(c, RollupTier.DAY, cutoff(now, retention.day()), dropped);
    return dropped;
  }

  private static void dropRollups(
      Connection c, RollupTier tier, Optional<Long> cutoff, List<String> dropped)
      throws SQLException {
    if (cutoff.isEmpty()) {
      return;
    }
    for (String name : Partitions.of(c, tier.table())) {
      if (tier.partitionEnd(tier.partitionStartOf(name)) <= cutoff.get()
          && dropUnless(c, name, st -> false, null)) {
        dropped.add(name);
      }
    }
  }

  /** Rows before the cutoff are past retention; empty when kept forever. */
  private static Optional<Long> cutoff(long now, Optional<Duration> retention) {
    return retention.map(r -> now - r.toMillis());
  }

  /** A check made in the dropping transaction, so nothing changes between check and drop. */
  private interface Keep {
    boolean test(Statement st) throws SQLException;
  }

  /**
   * Drops a partition unless {@code keep} says not yet, and runs {@code alsoSql} (if not null) in
   * the same transaction: a day's sealed chunks go with its partition. Returns whether it dropped.
   * Dropping a partition takes its parent exclusively: while it waits for open reads, every later
   * read and write of the table waits behind it, so it waits a second at most and leaves the
   * partition to the next run.
   */
  private static boolean dropUnless(Connection c, String partition, Keep keep, String alsoSql)
      throws SQLException {
    boolean[] dropped = {false};
    boolean ran =
        OwnTransaction.runUnlessBusy(
            c,
            "1s",
            st -> {
              if (!keep.test(st)) {
                st.execute("DROP TABLE IF EXISTS " + partition);
                if (alsoSql != null) {
                  st.execute(alsoSql);
                }
                dropped[0] = true;
              }
            });
    if (!ran) {
      LOG.info(partition + " is being read; retention drops it at its next run");
    }
    return ran && dropped[0];
  }
}
