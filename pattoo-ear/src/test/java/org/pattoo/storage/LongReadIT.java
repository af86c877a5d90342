package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.retention.RetentionService;
import org.pattoo.series.DataType;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: while a read of today's samples stays open (a long dashboard query, a dump),
 * a write to a day that has no partition yet, a compaction and retention each finish in seconds.
 * Each of them once took the parent table exclusively: it waited for the read to end, and every
 * later read and write of any day waited behind it.
 */
@ExtendWith(ArquillianExtension.class)
class LongReadIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset(CompactionIT.COLD_DAYS + "pattoo.retention.raw=400d\n")),
        LongReadIT.class,
        Sql.class,
        TestSeries.class);
  }

  @Inject IngestService ingest;
  @Inject PartitionCompactor compactor;
  @Inject RetentionService retention;
  @Resource ManagedExecutorService executor;
  @Inject DataSource dataSource;

  static final long TODAY = SampleTable.dayOf(System.currentTimeMillis());

  /** Long enough for work that waits for no one; far shorter than the 30 s lock waits it had. */
  static final long SECONDS = 10;

  @Test
  void aWriteToANewDayDoesNotWaitForTheRead() throws Exception {
    long day = dayWithout(SampleTable.NUMBER, TODAY - 390, 360);
    SampleBatch batch = new SampleBatch();
    batch.addNumber(batch.indexOf(series("new-day")), day * SampleTable.DAY_MS + 60_000, 4.5);

    long stored = whileTodayIsRead("sample", () -> ingest.ingest(batch).stored());

    assertEquals(1, stored);
    assertEquals(
        List.of(List.of("4.5")),
        new Sql(dataSource)
            .rows("SELECT value FROM sample WHERE ts = ?", day * SampleTable.DAY_MS + 60_000));
  }

  @Test
  void aDayIsCompactedWhileAnotherIsRead() throws Exception {
    long day = dayWithout(SampleTable.NUMBER, TODAY - 390, 360);
    SampleBatch batch = new SampleBatch();
    int s = batch.indexOf(series("compacted"));
    for (int i = 0; i < 3; i++) {
      batch.addNumber(s, day * SampleTable.DAY_MS + i * 60_000, i);
    }
    assertEquals(3, ingest.ingest(batch).stored());

    whileTodayIsRead(
        "sample",
        () -> {
          compactor.compact(day);
          return null;
        });

    Sql sql = new Sql(dataSource);
    String partition = SampleTable.NUMBER.partition(day);
    assertEquals(
        0,
        sql.number(
            "SELECT count(*) FROM pg_index WHERE indisunique AND indrelid = '"
                + partition
                + "'::regclass"),
        "compacted: no unique index left");
    assertEquals(0, sql.number("SELECT count(*) FROM " + partition), "sealed: no rows left");
    assertEquals(
        3,
        sql.number("SELECT coalesce(sum(count), 0) FROM sample_chunk WHERE day = " + day),
        "the three samples are in the day's chunk");
  }

  @Test
  void retentionLeavesAPartitionInUseForItsNextRun() throws Exception {
    long day = dayWithout(SampleTable.TEXT, TODAY - 3000, 2500);
    SampleBatch batch = new SampleBatch();
    batch.addText(
        batch.indexOf(TestSeries.of("it-long-read", "old-text", "", DataType.STRING)),
        day * SampleTable.DAY_MS,
        "gone soon");
    assertEquals(1, ingest.ingest(batch).stored());
    String partition = SampleTable.TEXT.partition(day);

    List<String> dropped = whileTodayIsRead("sample_text", () -> retention.enforce());

    assertFalse(dropped.contains(partition), "dropped while read: " + dropped);
    assertTrue(exists(partition));
    retention.enforce();
    assertFalse(exists(partition), "dropped once no one reads");
  }

  private static org.pattoo.series.Series series(String key) {
    return TestSeries.of("it-long-read", key, "", DataType.FLOAT);
  }

  /**
   * Runs {@code work} on another thread while this one holds a read of today's partition of {@code
   * table} open; fails if it takes longer than {@link #SECONDS}.
   */
  private <T> T whileTodayIsRead(String table, Callable<T> work) throws Exception {
    try (Connection reader = dataSource.getConnection();
        Statement st = reader.createStatement()) {
      reader.setAutoCommit(false);
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM " + table + " WHERE ts >= " + TODAY * SampleTable.DAY_MS)) {
        rs.next();
      }
      try {
        return executor.submit(work).get(SECONDS, TimeUnit.SECONDS);
      } finally {
        reader.rollback();
        reader.setAutoCommit(true);
      }
    }
  }

  /**
   * A day of the {@code span} from {@code first} on whose partition of {@code table} is missing.
   */
  private long dayWithout(SampleTable table, long first, int span) throws Exception {
    for (long k = Math.floorMod(System.nanoTime(), span), tries = 0;
        tries < span;
        k = (k + 1) % span, tries++) {
      if (!exists(table.partition(first + k))) {
        return first + k;
      }
    }
    throw new IllegalStateException("every day of " + table + " from " + first + " exists");
  }

  private boolean exists(String partition) throws Exception {
    return new Sql(dataSource)
            .number("SELECT count(*) FROM pg_class WHERE relname = '" + partition + "'")
        > 0;
  }
}
