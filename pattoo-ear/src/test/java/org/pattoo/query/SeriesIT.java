package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.query.Reference.Sample;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.Await;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestUsers;

/**
 * Two hours of a gauge (with a 15-minute gap) and of a 32-bit counter (with a wrap and a reset),
 * posted three days back; the rollup timer rolls them, and GraphQL {@code series} must answer at
 * every resolution what {@link Reference} computes from the same samples.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeriesIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear(
        "pattoo.rollup.interval=10s\npattoo.query.target-points=20\npattoo.query.max-points=1000\n");
  }

  static final String AGENT = "it-series";
  static final long MIN = 60_000;
  static final long DAY = 86_400_000;

  /** An hour start three days ago, a different hour each run. */
  static final long BASE =
      (System.currentTimeMillis() / DAY - 3) * DAY
          + (System.currentTimeMillis() / 1000 % 22) * 3_600_000;

  static final List<Sample> GAUGE = new ArrayList<>();
  static final List<Sample> COUNTER = new ArrayList<>();

  static {
    for (int i = 0; i < 120; i++) {
      if (i < 30 || i >= 45) {
        GAUGE.add(new Sample(BASE + i * MIN, 10 + (i % 7) * 1.5));
      }
      COUNTER.add(
          new Sample(
              BASE + i * MIN,
              i < 90 ? (4_294_967_000L + 100L * i) % 4_294_967_296L : 50 * (i - 90)));
    }
  }

  static long gaugeId;
  static long counterId;

  /** Posts the samples once and waits until the rollup timer has rolled them into every tier. */
  static synchronized void seed() throws Exception {
    if (gaugeId != 0) {
      return;
    }
    TestDatabase.forgetAgents(AGENT);
    AgentPost post = new AgentPost(AGENT, "pattoo_agent_it", "series.example.org");
    GAUGE.forEach(s -> post.add("gauge", 101, s.value(), s.ts()));
    COUNTER.forEach(s -> post.add("counter", 32, s.value(), s.ts()));
    post.post();
    gaugeId = id("pattoo_agent_it_gauge");
    counterId = id("pattoo_agent_it_counter");
    awaitRolled(gaugeId, GAUGE.size(), 21);
  }

  static void awaitRolled(long id, long samples, long buckets) throws Exception {
    Await.until(
        "the rollup timer rolled the samples",
        Duration.ofSeconds(90),
        () ->
            TestDatabase.number("SELECT sum(count) FROM rollup_5m WHERE series_id = ?", id)
                    == samples
                && TestDatabase.number("SELECT count(*) FROM rollup_5m WHERE series_id = ?", id)
                    == buckets
                && TestDatabase.number("SELECT sum(count) FROM rollup_1d WHERE series_id = ?", id)
                    == samples
                && TestDatabase.number("SELECT count(*) FROM rollup_dirty") == 0);
  }

  static long id(String key) throws Exception {
    return TestDatabase.datapointId(AGENT, key);
  }

  static JsonObject series(long id, long from, long to, String resolution) throws Exception {
    JsonArray all =
        GraphQL.data(
                "query($ids: [BigInteger!]!, $from: BigInteger!, $to: BigInteger!,"
                    + " $r: Resolution) { series(datapointIds: $ids, from: $from, to: $to,"
                    + " resolution: $r) { idxDatapoint resolution stepMs"
                    + " points { timestamp value min max count } timestamps values mins maxs } }",
                Json.createObjectBuilder()
                    .add("ids", Json.createArrayBuilder().add(id))
                    .add("from", from)
                    .add("to", to)
                    .add("r", resolution)
                    .build())
            .getJsonArray("series");
    assertThat(all).hasSize(1);
    JsonObject series = all.getJsonObject(0);
    JsonArray points = series.getJsonArray("points");
    for (int i = 0; i < points.size(); i++) {
      JsonObject p = points.getJsonObject(i);
      assertThat(series.getJsonArray("timestamps").get(i)).isEqualTo(p.get("timestamp"));
      assertThat(series.getJsonArray("values").get(i)).isEqualTo(p.get("value"));
      assertThat(series.getJsonArray("mins").get(i)).isEqualTo(p.get("min"));
      assertThat(series.getJsonArray("maxs").get(i)).isEqualTo(p.get("max"));
    }
    assertThat(series.getJsonArray("timestamps")).as("parallel arrays").hasSize(points.size());
    return series;
  }

  static Double value(JsonObject point, String field) {
    JsonValue v = point.get(field);
    return v.getValueType() == JsonValue.ValueType.NULL
        ? null
        : point.getJsonNumber(field).doubleValue();
  }

  @Test
  void rawGaugeIsTheSamplesWithTheGapMarked() throws Exception {
    seed();
    JsonObject s = series(gaugeId, BASE, BASE + 120 * MIN, "RAW");
    assertThat(s.getString("resolution")).isEqualTo("RAW");
    assertThat(s.getJsonNumber("stepMs").longValue()).isEqualTo(MIN);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < GAUGE.size(); i++) {
      Sample g = GAUGE.get(i);
      if (i > 0 && g.ts() - GAUGE.get(i - 1).ts() > 2 * MIN) {
        expected.add(GAUGE.get(i - 1).ts() + MIN + "=null");
      }
      expected.add(g.ts() + "=" + g.value());
    }
    assertThat(points(s)).containsExactlyElementsOf(expected);
  }

  @Test
  void rawCounterIsRatesOverTheActualTimeThroughWrapAndReset() throws Exception {
    seed();
    JsonObject s = series(counterId, BASE, BASE + 120 * MIN, "RAW");
    List<Double> rates = Reference.rawRates(COUNTER, 32);
    JsonArray points = s.getJsonArray("points");
    assertThat(points).hasSize(COUNTER.size());
    for (int i = 0; i < COUNTER.size(); i++) {
      assertSame("sample " + i, rates.get(i), value(points.getJsonObject(i), "value"));
    }
    assertThat(rates.get(3)).as("the wrap").isCloseTo(100 / 60.0, within(1e-9));
    assertThat(rates.get(90)).as("the reset").isNull();
  }

  @Test
  void everyTierAnswersWhatTheSamplesGive() throws Exception {
    seed();
    long dayStart = BASE / DAY * DAY;
    checkTier("FIVE_MINUTES", 5 * MIN, BASE, BASE + 120 * MIN);
    checkTier("HOUR", 60 * MIN, BASE, BASE + 120 * MIN);
    checkTier("DAY", DAY, dayStart, dayStart + DAY);
  }

  @Test
  void autoPicksTheCoarsestTierWithEnoughPoints() throws Exception {
    seed();
    // 24 five-minute buckets reach the target of 20 points; 2 hours do not.
    assertThat(series(gaugeId, BASE, BASE + 120 * MIN, "AUTO").getString("resolution"))
        .isEqualTo("FIVE_MINUTES");
    // Under 20 minutes no tier reaches it: the finest, raw samples.
    assertThat(series(gaugeId, BASE, BASE + 10 * MIN, "AUTO").getString("resolution"))
        .isEqualTo("RAW");
  }

  @Test
  void lateSamplesCorrectTheirRolledBuckets() throws Exception {
    // A series of its own, so the late sample changes what no other test reads.
    AgentPost first = new AgentPost(AGENT, "pattoo_agent_it", "series.example.org");
    GAUGE.forEach(g -> first.add("late_gauge", 101, g.value(), g.ts()));
    first.post();
    long id = id("pattoo_agent_it_late_gauge");
    awaitRolled(id, GAUGE.size(), 21);
    long late = BASE + 17 * MIN + 30_000;
    new AgentPost(AGENT, "pattoo_agent_it", "series.example.org")
        .add("late_gauge", 101, 1000, late)
        .post();
    List<Sample> withLate = new ArrayList<>(GAUGE);
    withLate.add(new Sample(late, 1000));
    withLate.sort((a, b) -> Long.compare(a.ts(), b.ts()));
    // Right away, before or after the re-roll: stale buckets are read from raw samples.
    checkGauge(id, withLate, "FIVE_MINUTES", 5 * MIN, BASE, BASE + 120 * MIN);
    checkGauge(id, withLate, "HOUR", 60 * MIN, BASE, BASE + 120 * MIN);
    Await.until(
        "the late sample rolled into its bucket",
        Duration.ofSeconds(90),
        () ->
            TestDatabase.number(
                    "SELECT count FROM rollup_5m WHERE series_id = ? AND bucket = ?",
                    id,
                    BASE + 15 * MIN)
                == 6);
    checkGauge(id, withLate, "FIVE_MINUTES", 5 * MIN, BASE, BASE + 120 * MIN);
    checkGauge(id, withLate, "HOUR", 60 * MIN, BASE, BASE + 120 * MIN);
  }

  @Test
  void bucketsTheRollupHasNotReachedComeFromRawSamples() throws Exception {
    seed();
    long now = System.currentTimeMillis();
    AgentPost post = new AgentPost(AGENT, "pattoo_agent_it", "series.example.org");
    List<Sample> fresh = new ArrayList<>();
    for (int i = 4; i >= 0; i--) {
      fresh.add(new Sample(now - i * MIN, 100 + i));
      post.add("fresh", 101, 100 + i, now - i * MIN);
    }
    post.post();
    long from = (now - 10 * MIN) / (5 * MIN) * (5 * MIN);
    JsonObject s = series(id("pattoo_agent_it_fresh"), from, now + 1, "FIVE_MINUTES");
    List<double[]> expected = Reference.gauge(fresh, from, now + 1, 5 * MIN);
    JsonArray points = s.getJsonArray("points");
    assertThat(points).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Double want = expected.get(i) == null ? null : expected.get(i)[0];
      assertSame("bucket " + i, want, value(points.getJsonObject(i), "value"));
    }
    assertThat(value(points.getJsonObject(points.size() - 1), "value"))
        .as("the open bucket, which no rollup can have reached")
        .isNotNull();
  }

  @Test
  void errorsSayWhatIsWrong() throws Exception {
    seed();
    assertThat(seriesError("[999999999]", BASE, BASE + MIN, "RAW"))
        .isEqualTo("unknown datapoint ids: [999999999]");
    assertThat(seriesError("[" + gaugeId + "]", BASE + MIN, BASE, "RAW"))
        .isEqualTo("from (" + (BASE + MIN) + ") must be before to (" + BASE + ")");
    assertThat(seriesError("[" + gaugeId + "]", BASE - 30 * DAY, BASE, "RAW"))
        .startsWith("range too large: about 43201 points at RAW for 1 series")
        .contains("pattoo.query.max-points");
    assertThat(seriesError("[]", BASE, BASE + MIN, "RAW"))
        .isEqualTo("datapointIds: expecting 1-10000 ids, found 0");
    assertThat(GraphQL.error("{ latest(datapointIds: [999999998]) { timestamp } }"))
        .isEqualTo("unknown datapoint ids: [999999998]");
    assertThat(
            GraphQL.error(
                "{ stringHistory(datapointId: "
                    + gaugeId
                    + ", from: 0, to: 1) { edges { cursor } } }"))
        .isEqualTo("datapoint " + gaugeId + " holds numbers: read it with series");
  }

  @Test
  void theOriginalRestRouteAnswersFromRollupsOverLongRanges() throws Exception {
    seed();
    long secondsAgo = (System.currentTimeMillis() - BASE) / 1000 + 3600;
    var answer =
        org.pattoo.testing.TestServer.getAs(
            TestUsers.readerAuthorization(),
            "/pattoo/api/v1/web/rest/data/" + gaugeId + "?secondsago=" + secondsAgo);
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonArray points;
    try (var reader = Json.createReader(new java.io.StringReader(answer.body()))) {
      points = reader.readArray();
    }
    // Over three days AUTO reads hourly buckets: BASE's two hours hold the gauge's averages.
    List<double[]> hours = Reference.gauge(GAUGE, BASE, BASE + 120 * MIN, 60 * MIN);
    int found = 0;
    for (JsonValue p : points) {
      JsonObject point = p.asJsonObject();
      long ts = point.getJsonNumber("timestamp").longValue();
      if (ts == BASE || ts == BASE + 60 * MIN) {
        assertSame("hour " + ts, hours.get(found++)[0], value(point, "value"));
      }
    }
    assertThat(found).isEqualTo(2);
    assertThat(
            org.pattoo.testing.TestServer.getAs(
                    TestUsers.readerAuthorization(), "/pattoo/api/v1/web/rest/data/999999999")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            org.pattoo.testing.TestServer.getAs(
                    TestUsers.readerAuthorization(),
                    "/pattoo/api/v1/web/rest/data/" + gaugeId + "?secondsago=-5")
                .statusCode())
        .isEqualTo(400);
  }

  private static String seriesError(String ids, long from, long to, String resolution)
      throws Exception {
    return GraphQL.error(
        "{ series(datapointIds: "
            + ids
            + ", from: "
            + from
            + ", to: "
            + to
            + ", resolution: "
            + resolution
            + ") { idxDatapoint } }");
  }

  private void checkTier(String resolution, long width, long from, long to) throws Exception {
    checkGauge(gaugeId, GAUGE, resolution, width, from, to);
    JsonArray points = tierPoints(counterId, resolution, width, from, to);
    List<Double> rates = Reference.counter(COUNTER, from, to, width, 32);
    for (int i = 0; i < points.size(); i++) {
      assertSame(
          resolution + " bucket " + i + " of the counter",
          rates.get(i),
          value(points.getJsonObject(i), "value"));
    }
  }

  /** The gauge {@code id} at this resolution is what {@code samples} give, bucket by bucket. */
  private void checkGauge(
      long id, List<Sample> samples, String resolution, long width, long from, long to)
      throws Exception {
    JsonArray points = tierPoints(id, resolution, width, from, to);
    List<double[]> gauge = Reference.gauge(samples, from, to, width);
    for (int i = 0; i < points.size(); i++) {
      JsonObject p = points.getJsonObject(i);
      String where = resolution + " bucket " + i + " of the gauge";
      double[] g = gauge.get(i);
      assertSame(where, g == null ? null : g[0], value(p, "value"));
      assertSame(where + " min", g == null ? null : g[1], value(p, "min"));
      assertSame(where + " max", g == null ? null : g[2], value(p, "max"));
    }
  }

  /**
   * The points of one series at one resolution, one per bucket of [from, to), timestamps checked.
   */
  private JsonArray tierPoints(long id, String resolution, long width, long from, long to)
      throws Exception {
    JsonObject s = series(id, from, to, resolution);
    assertThat(s.getString("resolution")).isEqualTo(resolution);
    assertThat(s.getJsonNumber("stepMs").longValue()).isEqualTo(width);
    JsonArray points = s.getJsonArray("points");
    int n = (int) ((to - from) / width);
    assertThat(points).as(resolution + " points").hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(points.getJsonObject(i).getJsonNumber("timestamp").longValue())
          .isEqualTo(from + i * width);
    }
    return points;
  }

  private static List<String> points(JsonObject series) {
    List<String> out = new ArrayList<>();
    for (JsonValue p : series.getJsonArray("points")) {
      out.add(
          p.asJsonObject().getJsonNumber("timestamp").longValue()
              + "="
              + value(p.asJsonObject(), "value"));
    }
    return out;
  }

  private static void assertSame(String where, Double expected, Double actual) {
    if (expected == null) {
      assertThat(actual).as(where).isNull();
    } else {
      assertThat(actual).as(where).isNotNull().isCloseTo(expected, within(1e-9));
    }
  }
}
