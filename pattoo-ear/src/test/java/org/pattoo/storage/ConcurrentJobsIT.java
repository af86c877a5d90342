package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.retention.RetentionService;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: partition creation, compaction and retention started twice at once, as two
 * pattoo nodes on one database would, do each piece of work once: no day is made, compacted or
 * dropped twice, and neither run fails for the other. Compaction may be due for any cold day, so
 * the days are fresh ones of this run's own agent.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentJobsIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset(CompactionIT.COLD_DAYS + "pattoo.retention.raw=400d\n")),
        ConcurrentJobsIT.class,
        CompactionIT.class,
        Concurrently.class,
        TestSeries.class);
  }

  @Inject IngestService ingest;
  @Inject PartitionCompactor compactor;
  @Inject RetentionService retention;
  @Inject PartitionService partitions;

  @Resource ManagedExecutorService executor;

  @Inject javax.sql.DataSource dataSource;

  /** Today, in epoch days; the days used lie 30 to 3000 days back, a stretch per run. */
  static final long TODAY = SampleTable.dayOf(System.currentTimeMillis());

  static final long FIRST = TODAY - 30 - System.currentTimeMillis() / 1000 % 2500;

  @Test
  void twoCompactionsAtOnceCompactEachDayOnce() throws Exception {
    String agent = "it-jobs-" + System.currentTimeMillis();
    List<Long> days = List.of(FIRST, FIRST + 1, FIRST + 2, FIRST + 3);
    for (long day : days) {
      ingest.ingest(CompactionIT.sixSamples(agent, day * SampleTable.DAY_MS + 3_600_000));
    }

    List<List<Long>> runs = Concurrently.twice(executor, compactor::compactDue);

    List<Long> both = new ArrayList<>(runs.get(0));
    both.retainAll(runs.get(1));
    assertEquals(List.of(), both, "days compacted by both runs: " + runs);
    for (long day : days) { // by one of them, or by the partition timer's first run
      assertTrue(
          ColdDays.isCompacted(dataSource.getConnection(), SampleTable.NUMBER.partition(day)),
          day + " compacted: " + runs);
    }
  }

  @Test
  void twoPartitionCreationsAtOnceMakeTheDayOnce() throws Exception {
    long day = TODAY + 200 + System.currentTimeMillis() / 1000 % 3000; // a day nobody wrote to

    Concurrently.twice(
        executor,
        () -> {
          partitions.ensure(List.of(day));
          return null;
        });

    try (var c = dataSource.getConnection();
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT count(*) FROM pg_class WHERE relname IN ('"
                    + SampleTable.NUMBER.partition(day)
                    + "', '"
                    + SampleTable.TEXT.partition(day)
                    + "')")) {
      rs.next();
      assertEquals(2, rs.getInt(1), "both tables of the day exist");
    }
  }

  @Test
  void twoRetentionRunsAtOnceDropEachPartitionOnce() throws Exception {
    // 500 days back is past the raw retention of 400 days; strings need no rollup to go.
    long day = TODAY - 500 - System.currentTimeMillis() / 1000 % 1000;
    String agent = "it-jobs-text-" + System.currentTimeMillis();
    SampleBatch batch = new SampleBatch();
    int s =
        batch.indexOf(
            new org.pattoo.series.Series(
                org.pattoo.series.SeriesIdentity.checksum(agent, "target", "state"),
                agent,
                "target",
                "pattoo_agent_it",
                "it.example.org",
                "pattoo_agent_it_state",
                org.pattoo.series.DataType.STRING,
                60_000,
                List.of()));
    batch.addText(s, day * SampleTable.DAY_MS + 3_600_000, "on");
    ingest.ingest(batch);
    String partition = SampleTable.TEXT.partition(day);

    List<List<String>> runs = Concurrently.twice(executor, retention::enforce);

    List<String> both = new ArrayList<>(runs.get(0));
    both.retainAll(runs.get(1));
    assertEquals(List.of(), both, "partitions dropped by both runs: " + runs);
    assertTrue(
        runs.get(0).contains(partition) ^ runs.get(1).contains(partition),
        partition + " dropped by exactly one run: " + runs);
  }
}
