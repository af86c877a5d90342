package org.pattoo.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.series.DataType;
import org.pattoo.series.Series;
import org.pattoo.storage.SampleTable;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: two hours of a gauge and of a wrapping 32-bit counter, one sample a minute,
 * rolled into each tier and checked against values worked out here by hand.
 */
@ExtendWith(ArquillianExtension.class)
class RollupIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset("pattoo.rollup.interval=1d\npattoo.ingest.max-age=3650d\n")),
        RollupIT.class,
        TestSeries.class);
  }

  @Inject IngestService ingest;
  @Inject RollupService rollups;

  @Inject DataSource dataSource;

  static final long MIN = 60_000;

  /** An hour start five days ago, a little different each run so reruns do not collide. */
  static final long BASE =
      (SampleTable.dayOf(System.currentTimeMillis()) - 5) * SampleTable.DAY_MS
          + (System.currentTimeMillis() / 1000 % 20) * 3_600_000;

  /** Names this run's series: BASE alone repeats in one rerun out of 20. */
  static final String RUN = BASE + "-" + Long.toHexString(new Random().nextLong());

  static Series series(String key, DataType type) {
    return TestSeries.of("it-rollup", key, RUN, type);
  }

  /**
   * Two hours of a gauge (1.5 more each minute) and a 32-bit counter (100 more each minute, through
   * its wrap), rolled up. Each test seeds its own series, so none depends on another's.
   */
  private void seedTwoHours(Series gauge, Series counter) throws Exception {
    SampleBatch batch = new SampleBatch();
    for (int i = 0; i < 120; i++) {
      batch.addNumber(batch.indexOf(gauge), BASE + i * MIN, 1.5 * i);
      batch.addNumber(
          batch.indexOf(counter), BASE + i * MIN, (4_294_967_000L + 100L * i) % 4_294_967_296L);
    }
    ingest.ingest(batch);
    update("DELETE FROM rollup_watermark"); // roll everything again, this test's days included
    rollups.catchUp();
  }

  @Test
  void everyTierHoldsWhatTheRawSamplesGive() throws Exception {
    Series gauge = series("tiers-gauge", DataType.FLOAT);
    Series counter = series("tiers-counter", DataType.COUNTER32);
    seedTwoHours(gauge, counter);

    List<String> gauge5m = rows("rollup_5m", gauge);
    assertEquals(24, gauge5m.size());
    for (int k = 0; k < 24; k++) {
      int i = 5 * k;
      assertEquals(
          row(BASE + k * 5 * MIN, 5, 1.5 * (5 * i + 10), 1.5 * i, 1.5 * (i + 4), 0, 0),
          gauge5m.get(k),
          "gauge, 5-minute bucket " + k);
    }
    assertEquals(
        List.of(
            row(BASE, 60, 1.5 * (59 * 60 / 2), 0, 1.5 * 59, 0, 0),
            row(BASE + 60 * MIN, 60, 1.5 * (60 * 60 + 59 * 60 / 2), 1.5 * 60, 1.5 * 119, 0, 0)),
        rows("rollup_1h", gauge));

    List<String> counter5m = rows("rollup_5m", counter);
    assertEquals(24, counter5m.size());
    // 100 more every minute, through the wrap at 2^32 between minutes 2 and 3.
    assertEquals(increaseAndSeconds(400, 240), tail(counter5m.get(0)), "first bucket: 4 intervals");
    for (int k = 1; k < 24; k++) {
      assertEquals(increaseAndSeconds(500, 300), tail(counter5m.get(k)), "bucket " + k);
    }
    List<String> counter1h = rows("rollup_1h", counter);
    assertEquals(increaseAndSeconds(5900, 3540), tail(counter1h.get(0)));
    assertEquals(increaseAndSeconds(6000, 3600), tail(counter1h.get(1)));
    List<String> counter1d = rows("rollup_1d", counter);
    assertEquals(increaseAndSeconds(11900, 7140), tail(counter1d.get(0)), "the day: 1.6667/s");
  }

  @Test
  void lateSamplesRollTheirBucketsAgain() throws Exception {
    Series gauge = series("late-gauge", DataType.FLOAT);
    Series counter = series("late-counter", DataType.COUNTER32);
    seedTwoHours(gauge, counter);
    assertEquals(5, Integer.parseInt(rows("rollup_5m", gauge).get(3).split("\\|")[1]));
    SampleBatch late = new SampleBatch();
    long t = BASE + 17 * MIN + 30_000; // inside 5-minute bucket 3, between minutes 17 and 18
    late.addNumber(late.indexOf(gauge), t, 1000);
    late.addNumber(late.indexOf(counter), t, (4_294_967_000L + 100L * 17 + 50) % 4_294_967_296L);
    ingest.ingest(late);

    rollups.catchUp();

    int i = 15;
    assertEquals(
        row(BASE + 15 * MIN, 6, 1.5 * (5 * i + 10) + 1000, 1.5 * i, 1000, 0, 0),
        rows("rollup_5m", gauge).get(3),
        "the late sample is in its bucket");
    assertEquals(
        row(BASE, 61, 1.5 * (59 * 60 / 2) + 1000, 0, 1000, 0, 0),
        rows("rollup_1h", gauge).get(0),
        "and in its hour");
    // Two half-minute intervals of 50 replace one minute of 100: same increase, same time.
    assertEquals(increaseAndSeconds(500, 300), tail(rows("rollup_5m", counter).get(3)));
    assertEquals(6, Integer.parseInt(rows("rollup_5m", counter).get(3).split("\\|")[1]));
    assertEquals(increaseAndSeconds(11900, 7140), tail(rows("rollup_1d", counter).get(0)));
  }

  /**
   * A late sample of one series rolls that series again and leaves every other series' rows as they
   * were: not rewritten, which a row's {@code xmin} (the transaction that wrote it) shows.
   */
  @Test
  void aLateSampleRollsOnlyItsOwnSeriesAgain() throws Exception {
    Series gauge = series("own-gauge", DataType.FLOAT);
    Series counter = series("own-counter", DataType.COUNTER32);
    seedTwoHours(gauge, counter);
    List<String> counterWrites = writers(counter);
    List<String> gaugeWrites = writers(gauge);
    SampleBatch late = new SampleBatch();
    late.addNumber(late.indexOf(gauge), BASE + 17 * MIN + 30_000, 1000); // in 5-minute bucket 3

    ingest.ingest(late);
    rollups.catchUp();

    assertEquals(counterWrites, writers(counter), "the counter's rows in every tier are untouched");
    assertEquals(6, Integer.parseInt(rows("rollup_5m", gauge).get(3).split("\\|")[1]));
    List<String> rewritten = new ArrayList<>(writers(gauge));
    rewritten.removeAll(gaugeWrites);
    assertEquals(
        List.of(
            "rollup_5m " + (BASE + 15 * MIN),
            "rollup_5m " + (BASE + 20 * MIN),
            "rollup_1h " + BASE,
            "rollup_1d " + SampleTable.dayOf(BASE) * SampleTable.DAY_MS),
        rewritten.stream().map(w -> w.substring(0, w.lastIndexOf(' '))).toList(),
        "the gauge's marked bucket, the one after it, its hour and its day are rolled again");
  }

  /**
   * A request's late samples mark one span of buckets per series; of more than 100 series, their
   * buckets for every series, not the buckets between. Either way the next run rolls what they
   * marked, and deletes the marks.
   */
  @Test
  void lateSamplesMarkTheirSeriesOrEverySeriesWhenTheyAreMany() throws Exception {
    Series gauge = series("mark-gauge", DataType.FLOAT);
    Series counter = series("mark-counter", DataType.COUNTER32);
    seedTwoHours(gauge, counter);
    SampleBatch few = new SampleBatch();
    few.addNumber(few.indexOf(gauge), BASE + 17 * MIN + 30_000, 1); // buckets 3 and 7
    few.addNumber(few.indexOf(gauge), BASE + 36 * MIN + 30_000, 2);
    few.addNumber(few.indexOf(gauge), BASE + 111 * MIN + 30_000, 3); // 14 empty buckets later
    few.addNumber(
        few.indexOf(counter),
        BASE + 21 * MIN + 30_000, // bucket 4
        (4_294_967_000L + 100L * 21 + 50) % 4_294_967_296L);
    ingest.ingest(few);
    SampleBatch many = new SampleBatch();
    List<Series> others = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      others.add(series("mark-many-" + i, DataType.FLOAT));
      many.addNumber(many.indexOf(others.get(i)), BASE + 61 * MIN, i); // bucket 12
    }
    many.addNumber(many.indexOf(others.get(0)), BASE + 101 * MIN, 1); // and bucket 20
    ingest.ingest(many);

    long gaugeId = id(gauge);
    long counterId = id(counter);
    assertEquals(
        List.of(
            (BASE + 15 * MIN) + " " + (BASE + 35 * MIN) + " " + gaugeId,
            (BASE + 20 * MIN) + " " + (BASE + 20 * MIN) + " " + counterId,
            (BASE + 60 * MIN) + " " + (BASE + 60 * MIN) + " every series",
            (BASE + 100 * MIN) + " " + (BASE + 100 * MIN) + " every series",
            (BASE + 110 * MIN) + " " + (BASE + 110 * MIN) + " " + gaugeId),
        marks());

    rollups.catchUp();

    assertEquals(List.of(), marks(), "the marks are rolled and gone");
    for (Series other : others) {
      assertEquals(
          other == others.get(0)
              ? List.of((BASE + 60 * MIN) + "|1", (BASE + 100 * MIN) + "|1")
              : List.of((BASE + 60 * MIN) + "|1"),
          rows("rollup_5m", other).stream()
              .map(r -> String.join("|", Arrays.copyOf(r.split("\\|"), 2)))
              .toList(),
          "rolled by the mark for every series: one sample in bucket 12");
    }
    assertEquals(6, Integer.parseInt(rows("rollup_5m", gauge).get(7).split("\\|")[1]));
    assertEquals(6, Integer.parseInt(rows("rollup_5m", gauge).get(22).split("\\|")[1]));
  }

  /** Marks of this run's two hours, as "bucket last_bucket series". */
  private List<String> marks() throws Exception {
    return select(
        "SELECT bucket, last_bucket, coalesce(series_id::text, 'every series')"
            + " FROM rollup_dirty WHERE bucket >= "
            + BASE
            + " AND bucket < "
            + (BASE + 120 * MIN)
            + " ORDER BY bucket, series_id",
        rs -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3));
  }

  private long id(Series s) throws Exception {
    return Long.parseLong(
        select(
                "SELECT idx_datapoint FROM datapoint WHERE checksum = '" + s.checksum() + "'",
                rs -> rs.getString(1))
            .get(0));
  }

  /** Each row of the series in every tier, with the transaction that wrote it. */
  private List<String> writers(Series s) throws Exception {
    List<String> out = new ArrayList<>();
    for (String table : List.of("rollup_5m", "rollup_1h", "rollup_1d")) {
      out.addAll(
          select(
              "SELECT r.bucket, r.xmin::text" + ofSeries(table, s),
              rs -> table + " " + rs.getLong(1) + " " + rs.getString(2)));
    }
    return out;
  }

  static String row(
      long bucket, long count, double sum, double min, double max, double inc, double secs) {
    return bucket + "|" + count + "|" + sum + "|" + min + "|" + max + "|" + inc + "|" + secs;
  }

  static String increaseAndSeconds(double increase, double seconds) {
    return increase + "|" + seconds;
  }

  static String tail(String row) {
    String[] f = row.split("\\|");
    return f[5] + "|" + f[6];
  }

  private List<String> rows(String table, Series s) throws Exception {
    return select(
        "SELECT r.bucket, r.count, r.sum, r.min, r.max, r.increase, r.seconds" + ofSeries(table, s),
        rs ->
            row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getDouble(3),
                rs.getDouble(4),
                rs.getDouble(5),
                rs.getDouble(6),
                rs.getDouble(7)));
  }

  /** FROM and WHERE for the rows of one series in a tier's table, in bucket order. */
  private static String ofSeries(String table, Series s) {
    return " FROM "
        + table
        + " r JOIN datapoint d ON d.idx_datapoint = r.series_id WHERE d.checksum = '"
        + s.checksum()
        + "' ORDER BY r.bucket";
  }

  private interface Row {
    String of(ResultSet rs) throws SQLException;
  }

  private List<String> select(String sql, Row row) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(row.of(rs));
      }
    }
    return out;
  }

  private void update(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
