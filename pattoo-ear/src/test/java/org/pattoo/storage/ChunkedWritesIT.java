package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestResult;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.query.Resolution;
import org.pattoo.query.SeriesPoint;
import org.pattoo.query.SeriesQueries;
import org.pattoo.series.DataType;
import org.pattoo.series.Samples;
import org.pattoo.series.Series;
import org.pattoo.testing.Await;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: a request holding many samples of each series (an hour of one a minute, as a
 * spool replays) is written straight as chunks ({@link DirectChunks}) and reads back exactly; its
 * re-post, a repeat inside it, and a request over rows or chunks stored before are duplicates,
 * never stored twice, the first write kept; a row later written inside a direct chunk's time is
 * merged into it by the fold; a fold that read its window before such a write, and waited for the
 * day's lock meanwhile, reads it again and loses nothing. Expected values are worked out from what
 * was posted ({@link TwentyMinutes}, three in a row).
 */
@ExtendWith(ArquillianExtension.class)
class ChunkedWritesIT {

  @Deployment
  static EnterpriseArchive ear() {
    return FoldingDeployment.ear(ChunkedWritesIT.class, Await.class);
  }

  @Inject IngestService ingest;
  @Inject HotFolder folder;
  @Inject SeriesQueries queries;
  @Inject DataSource dataSource;
  @Resource ManagedExecutorService executor;

  static final long MIN = TwentyMinutes.MIN;
  static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 100_000);

  @Test
  void anHourOfEachSeriesIsStoredAsOneChunkEachAndReadsBackExactly() throws Exception {
    Hour hour = new Hour("it-chunked", sql().hotDay(false));
    IngestResult first = ingest.ingest(hour.batch());
    assertEquals(240, first.stored());
    assertEquals(0, first.duplicates());

    List<Long> ids = hour.ids();
    assertEquals(0, sql().rowCount(ids), "no rows: written as chunks");
    for (long id : ids) {
      assertEquals(1, sql().number("SELECT count(*) FROM sample_chunk WHERE series_id = " + id));
      sql().assertChunks(id, 60);
    }
    hour.assertExact();
    assertEquals(hour.plainValues(Map.of()), hour.rawPlain());

    IngestResult again = ingest.ingest(hour.batch());
    assertEquals(0, again.stored(), "a re-post");
    assertEquals(240, again.duplicates());
    assertEquals(0, sql().rowCount(ids));
    for (long id : ids) {
      sql().assertChunks(id, 60);
    }
    hour.assertExact();
  }

  @Test
  void aTimestampRepeatedInTheRequestIsStoredOnceWithItsFirstValue() throws Exception {
    Hour hour = new Hour("it-chunked-repeat", sql().hotDay(false));
    SampleBatch batch = hour.batch();
    SampleBatch repeat = hour.parts.get(1).batch();
    for (int i = 0; i < repeat.size(); i++) {
      batch.addNumber(batch.indexOf(repeat.seriesOf(i)), repeat.timestamp(i), -1);
    }

    IngestResult result = ingest.ingest(batch);
    assertEquals(240, result.stored());
    assertEquals(80, result.duplicates());
    assertEquals(0, sql().rowCount(hour.ids()), "written as chunks");
    hour.assertExact();
    assertEquals(hour.plainValues(Map.of()), hour.rawPlain());
  }

  @Test
  void overRowsStoredBeforeTheRequestIsWrittenAsRowsAndTheRowsWin() throws Exception {
    Hour hour = new Hour("it-chunked-over-rows", sql().hotDay(false));
    TwentyMinutes middle = hour.parts.get(1);
    assertEquals(80, ingest.ingest(middle.batch()).stored()); // 20 a series: rows
    SampleBatch batch = hour.batch();
    SampleBatch changed = new SampleBatch();
    for (int i = 0; i < batch.size(); i++) {
      boolean inMiddle =
          batch.timestamp(i) >= middle.base && batch.timestamp(i) < middle.base + 20 * MIN;
      boolean plain = batch.seriesOf(i).checksum().equals(middle.plain.checksum());
      changed.addCounter(
          changed.indexOf(batch.seriesOf(i)),
          batch.timestamp(i),
          inMiddle && plain ? -1 : batch.value(i),
          batch.beyondDouble(i));
    }
    IngestResult result = ingest.ingest(changed);
    assertEquals(160, result.stored());
    assertEquals(80, result.duplicates());
    assertEquals(240, sql().rowCount(hour.ids()), "rows beside rows");
    assertEquals(hour.plainValues(Map.of()), hour.rawPlain(), "the first write's values");

    folder.foldDue();
    folder.foldDue(); // the second folds up to the clock: nothing was written in between
    assertEquals(0, sql().rowCount(hour.ids()), "folded");
    hour.assertExact();
  }

  @Test
  void aRowInsideADirectChunksTimeIsMergedIntoItByTheFold() throws Exception {
    Hour hour = new Hour("it-chunked-then-row", sql().hotDay(false));
    assertEquals(240, ingest.ingest(hour.batch()).stored());
    long plain = sql().seriesId(hour.plain());
    long between = hour.base() + 10 * MIN + 30_000;
    SampleBatch late = new SampleBatch();
    int p = late.indexOf(hour.plain());
    late.addNumber(p, between, 42);
    late.addNumber(p, hour.base() + 10 * MIN, 999); // stored in the chunk: a duplicate
    IngestResult result = ingest.ingest(late);
    assertEquals(1, result.stored());
    assertEquals(1, result.duplicates());
    assertEquals(1, sql().rowCount(List.of(plain)));

    folder.foldDue();
    folder.foldDue();
    assertEquals(0, sql().rowCount(List.of(plain)), "folded");
    assertEquals(1, sql().number("SELECT count(*) FROM sample_chunk WHERE series_id = " + plain));
    sql().assertChunks(plain, 61);
    assertEquals(hour.plainValues(Map.of(between, 42.0)), hour.rawPlain());
  }

  @Test
  void aFoldThatReadItsWindowBeforeADirectWriteReadsItAgainAndLosesNothing() throws Exception {
    long day = sql().hotDay(false);
    long window = day * SampleTable.DAY_MS + 13 * 3_600_000;
    Series g = TestSeries.of("it-chunked-race", "g", RUN, DataType.FLOAT);
    // Rows at the window's first and ninth minute: one fold takes both, over the chunk's time.
    SampleBatch rows = new SampleBatch();
    rows.addNumber(rows.indexOf(g), window, 100);
    rows.addNumber(rows.indexOf(g), window + 9 * MIN, 109);
    assertEquals(2, ingest.ingest(rows).stored());
    long id = sql().seriesId(g);
    int n = DirectChunks.MIN_PER_SERIES;
    long[] series = new long[n];
    long[] ts = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      series[i] = id;
      ts[i] = window + 10_000L * (i + 1);
      values[i] = i + 0.5;
    }

    Future<Long> folding;
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute(ColdDays.lockSql(day)); // as a writer of chunks holds it
      // Folds until one (of these, or the timer's) has read the window and waits for the lock:
      // the first to see the day's newest row stops short of it, the next folds up to the clock.
      folding = executor.submit(() -> folder.foldDue());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (sql()
              .number(
                  "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                      + " AND objid = "
                      + day)
          == 0) {
        assertTrue(System.nanoTime() < deadline, "no fold came to wait for the day's lock");
        if (folding.isDone()) {
          folding = executor.submit(() -> folder.foldDue());
        }
        Thread.sleep(100);
      }
      assertTrue(
          DirectChunks.encode(day, series, ts, values, null)
              .writeIfNew(c, SampleTable.NUMBER.partition(day)),
          "no row or chunk in the chunk's time yet");
      c.commit();
    }
    folding.get(60, TimeUnit.SECONDS);
    Await.until("the rows folded", Duration.ofSeconds(90), () -> sql().rowCount(List.of(id)) == 0);

    sql().assertChunks(id, n + 2);
    List<Double> expected = new ArrayList<>(List.of(100.0));
    for (double v : values) {
      expected.add(v);
    }
    expected.add(109.0);
    assertEquals(
        expected,
        queries
            .series(List.of(id), window, window + 10 * MIN, Resolution.RAW)
            .get(0)
            .points()
            .stream()
            .filter(p -> p.count() > 0)
            .map(SeriesPoint::value)
            .toList());
  }

  /** An hour of the four series of {@link TwentyMinutes}, one a minute, 13 hours into a day. */
  final class Hour {
    final List<TwentyMinutes> parts = new ArrayList<>();

    Hour(String agent, long day) {
      long base = day * SampleTable.DAY_MS + 13 * 3_600_000;
      for (int k = 0; k < 3; k++) {
        parts.add(new TwentyMinutes(agent, RUN, base + k * 20 * MIN));
      }
    }

    long base() {
      return parts.get(0).base;
    }

    Series plain() {
      return parts.get(0).plain;
    }

    /** 240 samples: 60 of each series. */
    SampleBatch batch() {
      SampleBatch batch = new SampleBatch();
      for (TwentyMinutes part : parts) {
        SampleBatch b = part.batch();
        for (int i = 0; i < b.size(); i++) {
          batch.addCounter(
              batch.indexOf(b.seriesOf(i)), b.timestamp(i), b.value(i), b.beyondDouble(i));
        }
      }
      return batch;
    }

    List<Long> ids() throws Exception {
      List<Long> ids = new ArrayList<>();
      for (Series s : parts.get(0).all()) {
        ids.add(sql().seriesId(s));
      }
      return ids;
    }

    /** Each twenty minutes' samples, read from the chunks, are those posted, bit for bit. */
    void assertExact() throws Exception {
      List<Long> ids = ids();
      for (TwentyMinutes part : parts) {
        try (Connection c = dataSource.getConnection()) {
          Map<Long, Samples> read = ChunkReader.read(c, ids, part.base, part.base + 20 * MIN);
          part.assertExact(read, ids.get(0), ids.get(2), ids.get(3));
        }
      }
    }

    /** The plain gauge's values in time order, with {@code late} ones of the first part added. */
    List<Double> plainValues(Map<Long, Double> late) {
      List<Double> all = new ArrayList<>(parts.get(0).expectedPlain(late));
      all.addAll(parts.get(1).expectedPlain(Map.of()));
      all.addAll(parts.get(2).expectedPlain(Map.of()));
      return all;
    }

    /** The plain gauge's RAW values over the hour. */
    List<Double> rawPlain() throws Exception {
      return queries
          .series(List.of(sql().seriesId(plain())), base(), base() + 60 * MIN, Resolution.RAW)
          .get(0)
          .points()
          .stream()
          .filter(p -> p.count() > 0)
          .map(SeriesPoint::value)
          .toList();
    }
  }

  private Sql sql() {
    return new Sql(dataSource);
  }
}
