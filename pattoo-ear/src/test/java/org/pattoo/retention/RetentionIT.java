package org.pattoo.retention;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
 * Retention set very short: raw samples 2 days, 5-minute buckets 35 days, hours 366 days, days
 * forever. Samples posted 3, 70 and 800 days back are rolled up, then the timers drop their raw and
 * fine partitions, and the AUTO resolution still answers each range from the tier that kept it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear(
        "pattoo.rollup.interval=10s\npattoo.retention.interval=10s\n"
            + "pattoo.retention.raw=2d\npattoo.retention.five-minutes=35d\n"
            + "pattoo.retention.hour=366d\n");
  }

  static final String AGENT = "it-retention";
  static final long DAY = 86_400_000;
  static final long HOUR = 3_600_000;

  /** One in the morning of the day {@code days} back. */
  static long morning(int days) {
    return (System.currentTimeMillis() / DAY - days) * DAY + HOUR;
  }

  @Test
  void oldPartitionsGoAndQueriesAnswerFromTheTierThatKeptThem() throws Exception {
    TestDatabase.forgetAgents(AGENT);
    AgentPost post = new AgentPost(AGENT, "pattoo_agent_it", "retention.example.org");
    int[] ages = {3, 70, 800};
    for (int k = 0; k < ages.length; k++) {
      for (int i = 0; i < 3; i++) {
        post.add("old", 101, 3 * k + 1 + i, morning(ages[k]) + i * 60_000);
      }
    }
    post.post();
    long id =
        TestDatabase.number(
            "SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
                + " WHERE a.agent_id = ?",
            AGENT);

    Await.until(
        "raw, 5-minute and hourly partitions past retention are dropped",
        Duration.ofSeconds(120),
        () ->
            !exists(day("sample_", morning(3)))
                && !exists(day("sample_", morning(70)))
                && !exists(day("sample_", morning(800)))
                && !exists("rollup_5m_" + month(morning(70)))
                && !exists("rollup_1h_" + year(morning(800))));
    assertThat(exists("rollup_1h_" + year(morning(70)))).as("hours within 366 days").isTrue();
    assertThat(exists("rollup_1d_" + year(morning(800)))).as("days, kept forever").isTrue();
    assertThat(TestDatabase.number("SELECT count(*) FROM rollup_1d WHERE series_id = ?", id))
        .as("every day rolled before its samples went")
        .isEqualTo(3);

    assertAuto(id, 3, "FIVE_MINUTES");
    assertAuto(id, 70, "HOUR");
    assertAuto(id, 800, "DAY");
    JsonObject raw = series(id, morning(3) - HOUR, morning(3) - HOUR + DAY, "RAW");
    assertThat(raw.getJsonArray("points"))
        .as("raw samples are gone, the query still answers")
        .isEmpty();
  }

  /** AUTO over the day {@code days} back reads {@code tier}; the 3 samples averaged to 3k+2. */
  private static void assertAuto(long id, int days, String tier) throws Exception {
    long dayStart = morning(days) - HOUR;
    JsonObject s = series(id, dayStart, dayStart + DAY, "AUTO");
    assertThat(s.getString("resolution")).as(days + " days back").isEqualTo(tier);
    JsonArray points = s.getJsonArray("points");
    double sum = 0;
    long count = 0;
    for (int i = 0; i < points.size(); i++) {
      JsonObject p = points.getJsonObject(i);
      if (!p.isNull("value")) {
        sum += p.getJsonNumber("value").doubleValue() * p.getJsonNumber("count").longValue();
        count += p.getJsonNumber("count").longValue();
      }
    }
    int k = days == 3 ? 0 : days == 70 ? 1 : 2;
    assertThat(count).as(days + " days back: the three samples").isEqualTo(3);
    assertThat(sum / count).isEqualTo(3 * k + 2);
  }

  private static JsonObject series(long id, long from, long to, String resolution)
      throws Exception {
    return GraphQL.data(
            "{ series(datapointIds: ["
                + id
                + "], from: "
                + from
                + ", to: "
                + to
                + ", resolution: "
                + resolution
                + ") { resolution points { timestamp value count } } }")
        .getJsonArray("series")
        .getJsonObject(0);
  }

  private static boolean exists(String table) throws Exception {
    return TestDatabase.number("SELECT count(*) FROM pg_class WHERE relname = ?", table) > 0;
  }

  private static ZonedDateTime utc(long ms) {
    return Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC);
  }

  private static String day(String prefix, long ms) {
    ZonedDateTime t = utc(ms);
    return prefix
        + String.format("%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
  }

  private static String month(long ms) {
    ZonedDateTime t = utc(ms);
    return String.format("%04d%02d", t.getYear(), t.getMonthValue());
  }

  private static String year(long ms) {
    return String.format("%04d", utc(ms).getYear());
  }
}
