package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pattoo.storage.TwentyMinutes.c32;
import static org.pattoo.storage.TwentyMinutes.c64;
import static org.pattoo.storage.TwentyMinutes.odd;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestResult;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.query.Resolution;
import org.pattoo.query.SeriesPoint;
import org.pattoo.query.SeriesQueries;
import org.pattoo.query.SeriesResult;
import org.pattoo.retention.RetentionService;
import org.pattoo.rollup.RollupService;
import org.pattoo.series.DataType;
import org.pattoo.series.Samples;
import org.pattoo.series.Series;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: sealed days (pattoo.storage.seal) read back exactly at RAW and through the
 * rollups, take late samples and refuse repeats, go with retention, and cost what issue 17 aims
 * for. Expected values are worked out here from what was posted, never read back from pattoo.
 */
@ExtendWith(ArquillianExtension.class)
class SealIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset(
                "pattoo.storage.compact-after=1d\npattoo.storage.seal=true\n"
                    + "pattoo.ingest.max-age=36500d\npattoo.rollup.interval=1d\n"
                    + "pattoo.retention.raw=3700d\npattoo.retention.interval=1d\n")),
        SealIT.class,
        TwentyMinutes.class,
        Sql.class,
        TestSeries.class);
  }

  @Inject IngestService ingest;
  @Inject PartitionCompactor compactor;
  @Inject SeriesQueries queries;
  @Inject RollupService rollups;
  @Inject RetentionService retention;
  @Inject DataSource dataSource;

  static final long MIN = TwentyMinutes.MIN;
  static final long TODAY = SampleTable.dayOf(System.currentTimeMillis());
  static final long RUN = System.currentTimeMillis() / 1000 % 1000;

  /** Days no earlier run used: 10 to 2009 days ago, and one past the 3700-day retention. */
  static final long DAY = TODAY - 10 - 2 * RUN;

  static final long GAUGE_DAY = DAY - 1;
  static final long OLD_DAY = TODAY - 3800 - RUN;
  static final long BASE = DAY * SampleTable.DAY_MS + 3 * 3_600_000;

  static Series series(String key, DataType type) {
    return TestSeries.of("it-seal", key, Long.toString(RUN), type);
  }

  final TwentyMinutes data = new TwentyMinutes("it-seal", Long.toString(RUN), BASE);
  final Series odd = data.odd;
  final Series plain = data.plain;
  final Series c32 = data.c32;
  final Series c64 = data.c64;

  @Test
  void aSealedDayReadsBackExactlyAtRawAndThroughRollupsAndTakesLateSamplesOnce() throws Exception {
    assertEquals(80, ingest.ingest(data.batch()).stored());
    List<Long> ids = List.of(id(odd), id(plain), id(c32), id(c64));
    List<SeriesResult> before = queries.series(ids, BASE, BASE + 20 * MIN, Resolution.RAW);

    compactor.seal(DAY);

    assertEquals(
        0, number("SELECT count(*) FROM " + SampleTable.NUMBER.partition(DAY)), "the rows moved");
    assertEquals(
        20,
        number(
            "SELECT count FROM sample_chunk WHERE series_id = " + id(odd) + " AND day = " + DAY));
    Map<Long, Samples> sealed;
    try (Connection c = dataSource.getConnection()) {
      sealed = ChunkReader.read(c, ids, DAY * SampleTable.DAY_MS, (DAY + 1) * SampleTable.DAY_MS);
    }
    data.assertExact(sealed, id(data.odd), id(data.c32), id(data.c64));
    List<SeriesResult> after = queries.series(ids, BASE, BASE + 20 * MIN, Resolution.RAW);
    assertEquals(before, after, "RAW reads the same after sealing");
    data.assertRaw(after);

    // The day's buckets rolled again from the chunks, marked as a late sample marks them.
    update(
        "DELETE FROM rollup_5m WHERE series_id IN ("
            + ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow()
            + ")");
    data.assertRolledAgain(sql(), rollups);

    // A late sample at a new time is kept once; one at a sealed time is a duplicate.
    SampleBatch late = data.late();
    IngestResult first = ingest.ingest(late);
    assertEquals(1, first.stored());
    assertEquals(2, first.duplicates());
    List<Double> withLate = data.expectedPlainWithLate();
    assertEquals(withLate, values(raw(plain)));

    compactor.seal(DAY); // the late sample moves into the chunk
    assertEquals(
        21,
        number(
            "SELECT count FROM sample_chunk WHERE series_id = " + id(plain) + " AND day = " + DAY));
    assertEquals(0, number("SELECT count(*) FROM " + SampleTable.NUMBER.partition(DAY)));
    IngestResult again = ingest.ingest(late);
    assertEquals(0, again.stored(), "a repeat of sealed samples");
    assertEquals(3, again.duplicates());
    assertEquals(withLate, values(raw(plain)));
  }

  @Test
  void retentionDropsASealedDayWithItsChunks() throws Exception {
    Series old = series("old", DataType.FLOAT);
    SampleBatch batch = new SampleBatch();
    long t = OLD_DAY * SampleTable.DAY_MS + 3_600_000;
    batch.addNumber(batch.indexOf(old), t, 7);
    assertEquals(1, ingest.ingest(batch).stored());
    compactor.seal(OLD_DAY);
    assertEquals(1, number("SELECT count(*) FROM sample_chunk WHERE day = " + OLD_DAY));
    rollups.catchUp(); // retention waits for the day's rollup

    String partition = SampleTable.NUMBER.partition(OLD_DAY);
    long bound = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (number("SELECT count(*) FROM pg_class WHERE relname = '" + partition + "'") > 0) {
      assertTrue(System.nanoTime() < bound, "retention dropped " + partition + " within 60 s");
      retention.enforce();
      Thread.sleep(200);
    }
    assertEquals(0, number("SELECT count(*) FROM sample_chunk WHERE day = " + OLD_DAY));
  }

  /**
   * A regular gauge that rarely changes: 20 series, one sample every 10 s for a day, the value
   * stepping by 0.1 once an hour. The day's chunks, indexes and row overhead included, are measured
   * in a table of their own (issue 17's target: at most 1 byte per sample).
   */
  @Test
  void aSealedRegularGaugeCostsUnderOneBytePerSample() throws Exception {
    int seriesCount = 20;
    int perDay = 8640;
    long start = GAUGE_DAY * SampleTable.DAY_MS;
    List<Long> gauges = new ArrayList<>();
    for (int s = 0; s < seriesCount; s++) {
      Series g = series("temp" + s, DataType.FLOAT);
      SampleBatch batch = new SampleBatch();
      int idx = batch.indexOf(g);
      for (int i = 0; i < perDay; i++) {
        batch.addNumber(idx, start + i * 10_000L, 20 + s + 0.1 * (i / 360));
      }
      assertEquals(perDay, ingest.ingest(batch).stored());
      gauges.add(id(g));
    }
    compactor.seal(GAUGE_DAY);
    update("DROP TABLE IF EXISTS seal_measure");
    update("CREATE TABLE seal_measure (LIKE sample_chunk INCLUDING ALL)");
    try {
      // Only these series: another IT's samples may fall on the same day.
      update(
          "INSERT INTO seal_measure SELECT * FROM sample_chunk WHERE day = "
              + GAUGE_DAY
              + " AND series_id IN ("
              + gauges.stream().map(String::valueOf).collect(Collectors.joining(","))
              + ")");
      long samples = number("SELECT sum(count) FROM seal_measure");
      long data = number("SELECT sum(pg_column_size(data)) FROM seal_measure");
      long total = number("SELECT pg_total_relation_size('seal_measure')");
      System.out.printf(
          "sealed regular gauge: %d samples, chunk data %.3f bytes/sample, table with indexes"
              + " %.3f bytes/sample (%d bytes)%n",
          samples, (double) data / samples, (double) total / samples, total);
      assertEquals((long) seriesCount * perDay, samples);
      assertTrue((double) total / samples <= 1.0, "bytes per sample: " + (double) total / samples);
    } finally {
      update("DROP TABLE seal_measure");
    }
  }

  private SeriesResult raw(Series s) throws Exception {
    return queries.series(List.of(id(s)), BASE - MIN, BASE + 20 * MIN, Resolution.RAW).get(0);
  }

  /** The values of a RAW result's samples (gap markers left out). */
  private static List<Double> values(SeriesResult r) {
    return r.points().stream().filter(p -> p.count() > 0).map(SeriesPoint::value).toList();
  }

  private long id(Series s) throws Exception {
    return sql().seriesId(s);
  }

  private long number(String query) throws Exception {
    return sql().number(query);
  }

  private void update(String statement) throws Exception {
    sql().update(statement);
  }

  private List<List<String>> rows(String query, long id) throws Exception {
    return sql().rows(query, id);
  }

  private Sql sql() {
    return new Sql(dataSource);
  }
}
