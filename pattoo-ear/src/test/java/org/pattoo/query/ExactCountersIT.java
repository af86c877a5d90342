package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.Await;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;

/**
 * A 64-bit counter near 2^64, where a double tells readings 4096 apart at best: it rises by 61 a
 * minute and wraps between minutes 16 and 17. Its readings are posted as the exact JSON integers an
 * SNMP agent sends, in two posts, so the rollup of the second continues from the first's stored
 * last reading. Every rate must be 61 per 60 s, in raw reads, in rollups and in latest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExactCountersIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    // The samples stay rows: the test reads the exact readings from them, which folding and
    // sealing would move into chunks (SealIT and FoldIT read exact counters from chunks).
    return IngestDeployment.ear(
        "pattoo.rollup.interval=10s\npattoo.storage.compact-after=30d\npattoo.storage.seal=false\n");
  }

  static final String AGENT = "it-exact-counters";
  static final long MIN = 60_000;
  static final long DAY = 86_400_000;
  static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
  static final double RATE = 61 / 60.0;

  /** An hour start four days ago, a different hour each run. */
  static final long BASE =
      (System.currentTimeMillis() / DAY - 4) * DAY
          + (System.currentTimeMillis() / 1000 % 22) * 3_600_000;

  /** Reading i: 2^64 - 999 + 61 i, modulo 2^64 (minute 17 reads 38). */
  static BigInteger reading(int i) {
    return TWO_TO_64
        .subtract(BigInteger.valueOf(999))
        .add(BigInteger.valueOf(61L * i))
        .mod(TWO_TO_64);
  }

  static void post(int from, int to) throws Exception {
    AgentPost post = new AgentPost(AGENT, "pattoo_agent_it", "counters.example.org");
    for (int i = from; i < to; i++) {
      post.add("octets", 64, Json.createValue(reading(i)), BASE + i * MIN, Map.of());
    }
    post.post();
  }

  static void awaitRolled(long id, int samples) throws Exception {
    Await.until(
        "the rollup timer rolled " + samples + " samples",
        Duration.ofSeconds(90),
        () ->
            TestDatabase.number("SELECT sum(count) FROM rollup_5m WHERE series_id = ?", id)
                    == samples
                && TestDatabase.number("SELECT count(*) FROM rollup_dirty") == 0);
  }

  @Test
  void ratesNearTwoToTheSixtyFourAreExactEverywhere() throws Exception {
    TestDatabase.forgetAgents(AGENT);
    post(0, 10);
    long id = TestDatabase.datapointId(AGENT, "pattoo_agent_it_octets");
    awaitRolled(id, 10);
    post(10, 20);
    awaitRolled(id, 20);

    List<String> stored = new ArrayList<>();
    for (List<String> row :
        TestDatabase.rows("SELECT counter::text FROM sample WHERE series_id = ? ORDER BY ts", id)) {
      stored.add(row.get(0));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(i < 17 ? reading(i).toString() : null); // after the wrap a double holds them
    }
    assertThat(stored).as("exact readings beside the doubles").isEqualTo(expected);

    // 19 intervals of 61: 4 end in the first 5-minute bucket, 5 in each of the others (the one
    // from minute 9 to 10 across the two posts included).
    assertThat(
            TestDatabase.rows(
                "SELECT increase::text, seconds::text FROM rollup_5m WHERE series_id = ?"
                    + " ORDER BY bucket",
                id))
        .containsExactly(
            List.of("244", "240"),
            List.of("305", "300"),
            List.of("305", "300"),
            List.of("305", "300"));
    assertThat(
            TestDatabase.rows(
                "SELECT increase::text, seconds::text FROM rollup_1d WHERE series_id = ?", id))
        .containsExactly(List.of("1159", "1140"));

    JsonArray raw = points(id, "RAW");
    assertThat(raw).hasSize(20);
    assertThat(raw.getJsonObject(0).isNull("value")).as("no reading before the first").isTrue();
    for (int i = 1; i < 20; i++) {
      assertThat(raw.getJsonObject(i).getJsonNumber("value").doubleValue())
          .as("raw rate at minute " + i)
          .isCloseTo(RATE, within(1e-12));
    }
    JsonArray fiveMinutes = points(id, "FIVE_MINUTES");
    assertThat(fiveMinutes).hasSize(4);
    for (int k = 0; k < 4; k++) {
      assertThat(fiveMinutes.getJsonObject(k).getJsonNumber("value").doubleValue())
          .as("5-minute bucket " + k)
          .isCloseTo(RATE, within(1e-12));
    }
    JsonObject latest =
        GraphQL.data("{ latest(datapointIds: [" + id + "]) { timestamp rate } }")
            .getJsonArray("latest")
            .getJsonObject(0);
    assertThat(latest.getJsonNumber("timestamp").longValue()).isEqualTo(BASE + 19 * MIN);
    assertThat(latest.getJsonNumber("rate").doubleValue()).isCloseTo(RATE, within(1e-12));
  }

  static JsonArray points(long id, String resolution) throws Exception {
    return GraphQL.data(
            "query($ids: [BigInteger!]!, $from: BigInteger!, $to: BigInteger!,"
                + " $r: Resolution) { series(datapointIds: $ids, from: $from, to: $to,"
                + " resolution: $r) { points { timestamp value } } }",
            Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(id))
                .add("from", BASE)
                .add("to", BASE + 20 * MIN)
                .add("r", resolution)
                .build())
        .getJsonArray("series")
        .getJsonObject(0)
        .getJsonArray("points");
  }
}
