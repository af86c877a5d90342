package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestResult;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.query.LatestQueries;
import org.pattoo.query.LatestSample;
import org.pattoo.query.Resolution;
import org.pattoo.query.SeriesPoint;
import org.pattoo.query.SeriesQueries;
import org.pattoo.query.SeriesResult;
import org.pattoo.rollup.RollupService;
import org.pattoo.series.DataType;
import org.pattoo.series.Samples;
import org.pattoo.series.Series;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: hot samples folded into chunks (issue 17, part 3) read back exactly at RAW,
 * in latest and through the rollups, and from inside a chunk; a re-post of folded samples is a
 * duplicate, never stored twice, also after the day's chunks in folded time; a late sample into a
 * folded window is stored once and merged into its chunk by the next fold, and waits for a fold's
 * delete of the rows it folded; rows a fold left behind are read once and deleted by the next;
 * samples younger than {@code pattoo.storage.fold-after} stay rows; the fold's metrics count what
 * it folded; DDL of an {@link OwnTransaction} that throws is rolled back. Expected values are
 * worked out from what was posted ({@link TwentyMinutes}).
 */
@ExtendWith(ArquillianExtension.class)
class FoldIT {

  @Deployment
  static EnterpriseArchive ear() {
    return FoldingDeployment.ear(FoldIT.class);
  }

  @Inject IngestService ingest;
  @Inject HotFolder folder;
  @Inject FoldMetrics metrics;
  @Inject SeriesQueries queries;
  @Inject LatestQueries latest;
  @Inject RollupService rollups;
  @Inject DataSource dataSource;
  @Resource ManagedExecutorService executor;

  static final long MIN = TwentyMinutes.MIN;
  static final long RUN = System.currentTimeMillis() / 1000 % 100_000;

  /** Three hours ago, on a 10-minute boundary. */
  static final long BASE =
      Math.floorDiv(System.currentTimeMillis() - 3 * 3_600_000, HotFolder.WINDOW_MS)
          * HotFolder.WINDOW_MS;

  static final long DAY = SampleTable.dayOf(BASE);

  final TwentyMinutes data = new TwentyMinutes("it-fold", Long.toString(RUN), BASE);

  @Test
  void foldedSamplesReadBackExactlyAndARepostIsADuplicate() throws Exception {
    assertEquals(80, ingest.ingest(data.batch()).stored());
    List<Long> ids = ids(data.all());
    List<SeriesResult> before = raw(ids);
    double foldedBefore = metrics.samples();

    long folded = foldAll();

    assertEquals(0, sql().rowCount(ids), "the rows moved");
    // The fold timer may have folded some of them first: the counter holds both runs' rows.
    double counted = metrics.samples() - foldedBefore;
    assertTrue(counted >= 80 && counted >= folded, "pattoo_fold_samples_total rose by " + counted);
    // Folded up to the 10-minute boundary before now - fold-after (5 min): 5 to 15 minutes behind.
    double behind = metrics.behindSeconds();
    assertTrue(behind >= 300 && behind < 900 + 60, "pattoo_fold_behind_seconds " + behind);
    sql().assertChunks(id(data.odd), 20);
    Map<Long, Samples> chunks;
    try (Connection c = dataSource.getConnection()) {
      chunks = ChunkReader.read(c, ids, BASE, BASE + 20 * MIN);
    }
    data.assertExact(chunks, id(data.odd), id(data.c32), id(data.c64));
    List<SeriesResult> after = raw(ids);
    assertEquals(before, after, "RAW reads the same after folding");
    data.assertRaw(after);

    IngestResult again = ingest.ingest(data.batch());
    assertEquals(0, again.stored(), "a re-post of folded samples");
    assertEquals(80, again.duplicates());
    assertEquals(0, sql().rowCount(ids));
    assertEquals(before, raw(ids));
  }

  @Test
  void aReadFromInsideAChunkGetsItsSamplesOnceHoweverItsSeriesAreListed() throws Exception {
    TwentyMinutes mine = new TwentyMinutes("it-fold-inside", Long.toString(RUN), BASE);
    storeAndFold(mine.batch());
    long odd = id(mine.odd);
    long c32 = id(mine.c32);
    assertEquals(0, sql().rowCount(List.of(odd, c32)), "every sample in a chunk");

    // Each range starts inside a chunk (one starts at BASE or BASE + 10 min); the odd series is
    // listed twice. Expected: the minutes in range, worked out from what was posted.
    for (long[] range :
        new long[][] {
          {3 * MIN, 15 * MIN + 1}, {12 * MIN + 30_000, 16 * MIN}, {19 * MIN, 21 * MIN}
        }) {
      Map<Long, Samples> read;
      try (Connection c = dataSource.getConnection()) {
        read = ChunkReader.read(c, List.of(odd, c32, odd), BASE + range[0], BASE + range[1]);
      }
      List<String> oddRead = new ArrayList<>();
      List<String> c32Read = new ArrayList<>();
      for (int i = 0; i < read.get(odd).size(); i++) {
        oddRead.add(read.get(odd).ts(i) + "=" + Double.doubleToRawLongBits(read.get(odd).value(i)));
      }
      for (int i = 0; i < read.get(c32).size(); i++) {
        c32Read.add(read.get(c32).ts(i) + "=" + (long) read.get(c32).value(i));
      }
      List<String> oddExpected = new ArrayList<>();
      List<String> c32Expected = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long t = BASE + i * MIN;
        if (t >= BASE + range[0] && t < BASE + range[1]) {
          oddExpected.add(t + "=" + Double.doubleToRawLongBits(TwentyMinutes.odd(i)));
          c32Expected.add(t + "=" + TwentyMinutes.c32(i));
        }
      }
      String what = "minutes " + range[0] / (double) MIN + " to " + range[1] / (double) MIN;
      assertEquals(oddExpected, oddRead, what);
      assertEquals(c32Expected, c32Read, what);
    }
  }

  @Test
  void aLateSampleIntoAFoldedWindowIsStoredOnceAndMergedByTheNextFold() throws Exception {
    TwentyMinutes late = new TwentyMinutes("it-fold-late", Long.toString(RUN), BASE);
    storeAndFold(late.batch());
    long plain = id(late.plain);

    SampleBatch batch = late.late();
    IngestResult first = ingest.ingest(batch);
    assertEquals(1, first.stored());
    assertEquals(2, first.duplicates());
    List<Double> withLate = late.expectedPlainWithLate();
    assertEquals(withLate, values(raw(List.of(plain)).get(0)));
    assertEquals(1, sql().rowCount(List.of(plain)), "kept beside the chunk until the next fold");
    IngestResult repeat = ingest.ingest(batch);
    assertEquals(0, repeat.stored(), "a repeat while the late sample is a row beside its chunk");
    assertEquals(3, repeat.duplicates());
    assertEquals(1, sql().rowCount(List.of(plain)));

    foldAll();
    assertEquals(0, sql().rowCount(List.of(plain)));
    sql().assertChunks(plain, 21); // the late sample merged into its chunk
    IngestResult again = ingest.ingest(batch);
    assertEquals(0, again.stored(), "a repeat of folded samples");
    assertEquals(3, again.duplicates());
    assertEquals(withLate, values(raw(List.of(plain)).get(0)));
  }

  @Test
  void samplesInFoldedTimeAfterTheDaysChunksAreStoredOnceAndTheirRepostIsADuplicate()
      throws Exception {
    // A day of its own, folded to its end: its fold point is past all it holds, and its chunks end
    // with the first twenty minutes.
    long day = sql().unusedHotDay();
    long early = day * SampleTable.DAY_MS + 13 * 3_600_000 + RUN;
    TwentyMinutes first = new TwentyMinutes("it-fold-after-chunks", Long.toString(RUN), early);
    storeAndFold(first.batch());
    // The same series an hour later: folded time, but after every chunk of the day.
    TwentyMinutes later =
        new TwentyMinutes("it-fold-after-chunks", Long.toString(RUN), early + 60 * MIN);
    long plain = id(first.plain);
    assertEquals(0, sql().rowCount(ids(first.all())), "folded");

    assertEquals(80, ingest.ingest(later.batch()).stored());
    IngestResult repost = ingest.ingest(later.batch());
    assertEquals(0, repost.stored(), "a re-post of samples after the chunks");
    assertEquals(80, repost.duplicates());
    SampleBatch both = first.batch();
    SampleBatch laterBatch = later.batch();
    for (int i = 0; i < laterBatch.size(); i++) {
      both.addNumber(both.indexOf(laterBatch.seriesOf(i)), laterBatch.timestamp(i), -1);
    }
    IngestResult mixed = ingest.ingest(both);
    assertEquals(0, mixed.stored(), "samples in chunks and after them, in one request");
    assertEquals(160, mixed.duplicates());

    List<Double> expected = new ArrayList<>(first.expectedPlain(Map.of()));
    expected.addAll(later.expectedPlain(Map.of()));
    assertEquals(
        expected,
        values(queries.series(List.of(plain), early, early + 80 * MIN, Resolution.RAW).get(0)));
  }

  @Test
  void rollupsAndLatestReadFoldedSamples() throws Exception {
    TwentyMinutes rolled = new TwentyMinutes("it-fold-rolled", Long.toString(RUN), BASE);
    storeAndFold(rolled.batch());
    List<Long> ids = ids(rolled.all());
    assertEquals(0, sql().rowCount(ids));

    rolled.assertRolledAgain(sql(), rollups);

    // Minute 19 is the newest; the rates come from minutes 18 and 19, both in the second chunk.
    Map<Long, LatestSample> newest =
        latest.latest(ids).stream().collect(Collectors.toMap(LatestSample::idxDatapoint, s -> s));
    assertEquals(BASE + 19 * MIN, newest.get(id(rolled.plain)).timestamp());
    assertEquals(1.5 * 19, newest.get(id(rolled.plain)).value(), 0.0);
    assertEquals(100 / 60.0, newest.get(id(rolled.c32)).rate(), 1e-12);
    assertEquals(61 / 60.0, newest.get(id(rolled.c64)).rate(), 1e-12);
  }

  @Test
  void samplesYoungerThanFoldAfterStayRows() throws Exception {
    Series fresh = gauge("it-fold-fresh", "gauge");
    SampleBatch batch = new SampleBatch();
    long now = System.currentTimeMillis();
    batch.addNumber(batch.indexOf(fresh), now - 10_000, 1);
    batch.addNumber(batch.indexOf(fresh), now - 20 * MIN, 2);
    assertEquals(2, ingest.ingest(batch).stored());
    foldAll();
    // 20 minutes old is in a window that ended over 5 minutes ago, before the clock and the day's
    // newest row less 5 minutes; 10 s old is not.
    assertEquals(
        List.of(List.of(Long.toString(now - 10_000))),
        sql().rows("SELECT ts FROM sample WHERE series_id = ?", id(fresh)));
    assertEquals(
        1, sql().number("SELECT count(*) FROM sample_chunk WHERE series_id = " + id(fresh)));
  }

  @Test
  void aPastDayFoldedToItsEndGivesItsSpaceBack() throws Exception {
    long yesterday = SampleTable.dayOf(System.currentTimeMillis()) - 1;
    TwentyMinutes past =
        new TwentyMinutes("it-fold-past", Long.toString(RUN), yesterday * SampleTable.DAY_MS + RUN);
    storeAndFold(past.batch());
    String partition = SampleTable.NUMBER.partition(yesterday);
    assertEquals(0, sql().number("SELECT count(*) FROM " + partition));
    assertEquals(0, sql().number("SELECT pg_relation_size('" + partition + "')"), "truncated");
    sql().assertChunks(id(past.plain), 20);
    assertEquals(
        past.expectedPlain(Map.of()),
        values(
            queries
                .series(List.of(id(past.plain)), past.base, past.base + 20 * MIN, Resolution.RAW)
                .get(0)));
  }

  @Test
  void aWindowOfMoreRowsThanOneFoldTakesIsFoldedInPiecesAndReadsBackExactly() throws Exception {
    // 2,000 series x 405 rounds a second apart in one window of their own, an hour after BASE's:
    // 810,000 rows, of which one fold takes HotFolder.MAX_ROWS (800,000), so 400 rounds at most.
    int seriesCount = 2_000;
    int rounds = 405;
    long window = BASE + 6 * HotFolder.WINDOW_MS;
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < seriesCount; i++) {
      series.add(TestSeries.of("it-fold-big", "s" + i, Long.toString(RUN), DataType.FLOAT));
    }
    // Requests of fewer rounds than one written straight as chunks holds: they become rows.
    int perRequest = DirectChunks.MIN_PER_SERIES - 1;
    for (int first = 0; first < rounds; first += perRequest) {
      SampleBatch batch = new SampleBatch();
      int last = Math.min(rounds, first + perRequest);
      for (int i = 0; i < seriesCount; i++) {
        int s = batch.indexOf(series.get(i));
        for (int r = first; r < last; r++) {
          batch.addNumber(s, window + r * 1000L, i * 1000 + r + 0.5);
        }
      }
      assertEquals(seriesCount * (last - first), ingest.ingest(batch).stored());
    }
    List<Long> ids = ids(series);
    try {
      foldAll();
      assertReadBackInPieces(ids, window, seriesCount, rounds);
    } finally {
      // Left behind, 810,000 samples and their marks would be rolled up by later deployments,
      // slowing the tests that run beside those rollups and do not expect them.
      String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
      sql().update("DELETE FROM sample_chunk WHERE series_id IN (" + idList + ")");
      sql().update("DELETE FROM sample WHERE series_id IN (" + idList + ")");
      sql()
          .update(
              "DELETE FROM rollup_dirty WHERE bucket >= "
                  + window
                  + " AND bucket < "
                  + (window + HotFolder.WINDOW_MS));
    }
  }

  private void assertReadBackInPieces(List<Long> ids, long window, int seriesCount, int rounds)
      throws Exception {
    assertEquals(0, sql().rowCount(ids), "the rows moved");
    Map<Long, Samples> chunks;
    try (Connection c = dataSource.getConnection()) {
      chunks = ChunkReader.read(c, ids, window, window + HotFolder.WINDOW_MS);
    }
    for (int i = 0; i < seriesCount; i++) {
      Samples samples = chunks.get(ids.get(i));
      assertEquals(rounds, samples.size(), "samples of series " + i);
      for (int r = 0; r < rounds; r++) {
        assertEquals(window + r * 1000L, samples.ts(r));
        assertEquals(i * 1000 + r + 0.5, samples.value(r));
      }
    }
    List<List<String>> pieces =
        sql()
            .rows(
                "SELECT count(*), max(count), min(count) FROM sample_chunk"
                    + " WHERE series_id = ? AND first_ts >= ? AND last_ts < ?",
                ids.get(0),
                window,
                window + HotFolder.WINDOW_MS);
    assertTrue(Long.parseLong(pieces.get(0).get(0)) >= 2, "one fold took it all: " + pieces);
    assertTrue(Long.parseLong(pieces.get(0).get(1)) <= 400, "a fold took too many: " + pieces);
  }

  @Test
  void aLateRowOfOneSeriesLeavesTheChunksOfAnotherAsTheyAre() throws Exception {
    // In a window of their own: b's chunk [22, 24] min; then a's late row at 21 min and b's row at
    // 28 min are folded together. b's chunk overlaps the two rows' range, not b's own row.
    long window = BASE + 12 * HotFolder.WINDOW_MS;
    Series a = gauge("it-fold-ranges", "a");
    Series b = gauge("it-fold-ranges", "b");
    storeAndFold(minutes(b, window, 22, 24));
    SampleBatch late = new SampleBatch();
    late.addNumber(late.indexOf(a), window + 21 * MIN, 21);
    late.addNumber(late.indexOf(b), window + 28 * MIN, 28);
    assertEquals(2, ingest.ingest(late).stored());

    foldAll();

    assertEquals(
        List.of(List.of("3", "22", "24"), List.of("1", "28", "28")),
        sql()
            .rows(
                "SELECT count, (first_ts - ?) / 60000, (last_ts - ?) / 60000 FROM sample_chunk"
                    + " WHERE series_id = ? ORDER BY first_ts",
                window,
                window,
                id(b)),
        "b's chunks: count, first and last minute");
    sql().assertChunks(id(a), 1);
  }

  @Test
  void aLateRowWaitsForTheDeleteOfTheRowsAFoldFolded() throws Exception {
    // As a fold between its commit and its delete: the rows folded are still there (with other
    // values, so a read that took them over the chunk's would show), the late-row lock is held.
    long window = BASE + 14 * HotFolder.WINDOW_MS;
    Series g = gauge("it-fold-wait", "g");
    storeAndFold(minutes(g, window, 1, 1));
    long day = SampleTable.dayOf(window);
    String partition = SampleTable.NUMBER.partition(day);
    sql()
        .update("INSERT INTO " + partition + " VALUES (" + id(g) + ", " + (window + MIN) + ", 99)");
    SampleBatch late = new SampleBatch();
    late.addNumber(late.indexOf(g), window + 2 * MIN, 2);
    try (Connection fold = dataSource.getConnection();
        Statement st = fold.createStatement()) {
      st.execute(ColdDays.holdLateRowsSql(day));
      Future<IngestResult> posting;
      try {
        assertEquals(List.of(1.0), rawValues(id(g), window), "the chunk's sample");
        posting = executor.submit(() -> ingest.ingest(late));
        assertThrows(
            TimeoutException.class,
            () -> posting.get(2, TimeUnit.SECONDS),
            "a late row is written only after the fold's delete");
        st.executeUpdate(
            "DELETE FROM "
                + partition
                + " WHERE series_id = "
                + id(g)
                + " AND ts < "
                + (window + HotFolder.WINDOW_MS));
      } finally {
        st.execute(ColdDays.releaseLateRowsSql(day));
      }
      assertEquals(1, posting.get(30, TimeUnit.SECONDS).stored());
    }
    assertEquals(List.of(1.0, 2.0), rawValues(id(g), window));
    // The late row is beside the chunk, or in it if the fold timer came first.
    assertEquals(
        2,
        sql().rowCount(List.of(id(g)))
            + sql().number("SELECT sum(count) FROM sample_chunk WHERE series_id = " + id(g)),
        "stored once");
  }

  @Test
  void rowsAFoldLeftBehindAreReadOnceAndDeletedByTheNextFold() throws Exception {
    // As a fold that stopped between its commit and its delete (the node went down).
    long window = BASE + 15 * HotFolder.WINDOW_MS;
    Series g = gauge("it-fold-left", "g");
    SampleBatch batch = minutes(g, window, 1, 3);
    storeAndFold(batch);
    sql()
        .update(
            "INSERT INTO sample SELECT "
                + id(g)
                + ", "
                + window
                + " + m * 60000, 99 FROM generate_series(1, 3) m");
    List<Double> written = List.of(1.0, 2.0, 3.0);
    assertEquals(written, rawValues(id(g), window), "each once, the chunk's");
    IngestResult again = ingest.ingest(batch);
    assertEquals(0, again.stored());
    assertEquals(3, again.duplicates());

    foldAll();

    assertEquals(0, sql().rowCount(List.of(id(g))));
    sql().assertChunks(id(g), 3);
    assertEquals(written, rawValues(id(g), window));
  }

  @Test
  void whatThrowsInsideItsOwnTransactionLeavesNothingBehind() throws Exception {
    String table = "it_own_transaction_" + RUN;
    try (Connection c = dataSource.getConnection()) {
      // An Error, as the NoClassDefFoundError of an undeploy was: no SQLException to catch.
      assertThrows(
          NoClassDefFoundError.class,
          () ->
              OwnTransaction.run(
                  c,
                  st -> {
                    st.execute("CREATE TABLE " + table + " (x integer)");
                    throw new NoClassDefFoundError("thrown by the test");
                  }));
      assertTrue(c.getAutoCommit(), "the connection goes back to the pool as it came");
    }
    assertEquals(
        0,
        sql().number("SELECT count(*) FROM pg_class WHERE relname = '" + table + "'"),
        "rolled back");
  }

  /** A gauge of this run's. */
  private static Series gauge(String agent, String key) {
    return TestSeries.of(agent, key, Long.toString(RUN), DataType.FLOAT);
  }

  /** One sample of {@code s} at each minute {@code first} to {@code last} of a window, valued m. */
  private static SampleBatch minutes(Series s, long window, int first, int last) {
    SampleBatch batch = new SampleBatch();
    for (int m = first; m <= last; m++) {
      batch.addNumber(batch.indexOf(s), window + m * MIN, m);
    }
    return batch;
  }

  /** Stores every sample of {@code batch} (new ones), then folds them. */
  private void storeAndFold(SampleBatch batch) throws Exception {
    assertEquals(batch.size(), ingest.ingest(batch).stored());
    foldAll();
  }

  /**
   * Folds every due window: the first run may stop behind the day's newest row (a writer may be
   * filling those windows); the second finds it where the first did, nothing having been written in
   * between, and folds up to the clock.
   */
  private long foldAll() throws Exception {
    return folder.foldDue() + folder.foldDue();
  }

  private List<SeriesResult> raw(List<Long> ids) throws Exception {
    return queries.series(ids, BASE - MIN, BASE + 20 * MIN, Resolution.RAW);
  }

  /** The values of one series' RAW samples in the window starting at {@code window}. */
  private List<Double> rawValues(long id, long window) throws Exception {
    return values(
        queries.series(List.of(id), window, window + HotFolder.WINDOW_MS, Resolution.RAW).get(0));
  }

  /** The values of a RAW result's samples (gap markers left out). */
  private static List<Double> values(SeriesResult r) {
    return r.points().stream().filter(p -> p.count() > 0).map(SeriesPoint::value).toList();
  }

  private List<Long> ids(List<Series> series) throws Exception {
    List<Long> out = new ArrayList<>();
    for (Series s : series) {
      out.add(id(s));
    }
    return out;
  }

  private long id(Series s) throws Exception {
    return sql().seriesId(s);
  }

  private Sql sql() {
    return new Sql(dataSource);
  }
}
