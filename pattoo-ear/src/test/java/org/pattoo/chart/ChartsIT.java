package org.pattoo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.Logins;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestUsers;

/**
 * Charts and favorites through GraphQL on a real server: owners and admins change charts, others
 * only read them; a chart reads back with the series of its datapoints; favorites are each user's
 * own, in their order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChartsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String PASSWORD = "charts test password";
  static final String AGENT = "it-charts";
  static final long MIN = 60_000;
  static final long T = System.currentTimeMillis() / MIN * MIN - 30 * MIN;
  static String admin;
  static String alice;
  static String bob;
  static long volts;
  static long amps;
  static long state;

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure("it-ch-admin", PASSWORD, "ADMIN");
    TestUsers.ensure("it-ch-alice", PASSWORD, "USER");
    TestUsers.ensure("it-ch-bob", PASSWORD, "USER");
    admin = Logins.bearer(Logins.login("it-ch-admin", PASSWORD));
    alice = Logins.bearer(Logins.login("it-ch-alice", PASSWORD));
    bob = Logins.bearer(Logins.login("it-ch-bob", PASSWORD));
    TestDatabase.forgetAgents(AGENT);
    AgentPost post = new AgentPost(AGENT, "pattoo_agent_itc", "ups-1");
    for (int i = 0; i < 3; i++) {
      post.add("volts", 101, 230.5 + i, T + i * MIN);
      post.add("amps", 101, 4.25 * (i + 1), T + i * MIN);
    }
    post.add("state", 2, Json.createValue("online"), T, Map.of());
    post.post();
    volts = id("pattoo_agent_itc_volts");
    amps = id("pattoo_agent_itc_amps");
    state = id("pattoo_agent_itc_state");
  }

  static long id(String key) throws Exception {
    return TestDatabase.datapointId(AGENT, key);
  }

  static JsonObject ok(String who, String query) throws Exception {
    JsonObject answer = Logins.as(who, query);
    assertThat(Logins.error(answer)).as(query).isNull();
    return answer.getJsonObject("data");
  }

  static String error(String who, String query) throws Exception {
    return Logins.error(Logins.as(who, query));
  }

  static long create(String who, String name, long... ids) throws Exception {
    StringBuilder list = new StringBuilder();
    for (long id : ids) {
      list.append(list.isEmpty() ? "" : ", ").append(id);
    }
    return ok(
            who,
            "mutation { createChart(name: \"" + name + "\", datapointIds: [" + list + "]) { id } }")
        .getJsonObject("createChart")
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void onlyTheOwnerOrAnAdminChangesAChart() throws Exception {
    long chart = create(alice, "UPS load", volts, amps);

    ok(alice, "mutation { updateChart(id: " + chart + ", name: \"UPS 1 load\") { id } }");
    assertThat(error(bob, "mutation { updateChart(id: " + chart + ", name: \"mine now\") { id } }"))
        .isEqualTo("changing chart " + chart + " of it-ch-alice needs the admin role");
    assertThat(error(bob, "mutation { deleteChart(id: " + chart + ") }"))
        .isEqualTo("changing chart " + chart + " of it-ch-alice needs the admin role");
    ok(
        admin,
        "mutation { updateChart(id: "
            + chart
            + ", datapointIds: ["
            + amps
            + ", "
            + volts
            + "]) { id } }");
    assertThat(TestDatabase.rows("SELECT name FROM chart WHERE id = ?", chart))
        .containsExactly(List.of("UPS 1 load"));
    assertThat(
            TestDatabase.rows(
                "SELECT datapoint_id FROM chart_datapoint WHERE chart_id = ? ORDER BY position",
                chart))
        .as("the admin's new order")
        .containsExactly(List.of(String.valueOf(amps)), List.of(String.valueOf(volts)));

    assertThat(error(alice, "mutation { createChart(name: \" \", datapointIds: []) { id } }"))
        .isEqualTo("name: expecting 1-200 characters");
    assertThat(
            error(alice, "mutation { createChart(name: \"x\", datapointIds: [999999999]) { id } }"))
        .isEqualTo("datapointIds: no datapoint [999999999]");
    assertThat(
            error(
                alice,
                "mutation { createChart(name: \"x\", datapointIds: ["
                    + volts
                    + ", "
                    + volts
                    + "]) { id } }"))
        .isEqualTo("datapointIds: a datapoint is listed twice");
    assertThat(
            Logins.error(
                Logins.as(
                    TestUsers.readerAuthorization(),
                    "mutation { createChart(name: \"x\", datapointIds: []) { id } }")))
        .as("API tokens only read")
        .isNotNull();

    ok(admin, "mutation { deleteChart(id: " + chart + ") }");
    assertThat(TestDatabase.number("SELECT count(*) FROM chart WHERE id = ?", chart)).isZero();
    assertThat(
            TestDatabase.number("SELECT count(*) FROM chart_datapoint WHERE chart_id = ?", chart))
        .isZero();
  }

  @Test
  void aChartReadsBackWithItsDatapointsAndSeries() throws Exception {
    long chart = create(alice, "UPS 1", amps, state, volts);

    JsonObject read =
        ok(
                bob,
                "{ chart(id: "
                    + chart
                    + ") { name owner datapointIds datapoints { key }"
                    + " series(from: "
                    + T
                    + ", to: "
                    + (T + 3 * MIN)
                    + ", resolution: RAW)"
                    + " { idxDatapoint points { timestamp value } } } }")
            .getJsonObject("chart");

    assertThat(read.getString("owner")).isEqualTo("it-ch-alice");
    assertThat(read.getJsonArray("datapoints").getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("key"))
        .containsExactly(
            "pattoo_agent_itc_amps", "pattoo_agent_itc_state", "pattoo_agent_itc_volts");
    JsonArray series = read.getJsonArray("series");
    assertThat(series).as("numeric datapoints only, in drawing order").hasSize(2);
    assertThat(series.getJsonObject(0).getJsonNumber("idxDatapoint").longValue()).isEqualTo(amps);
    assertThat(values(series.getJsonObject(0))).containsExactly(4.25, 8.5, 12.75);
    assertThat(values(series.getJsonObject(1))).containsExactly(230.5, 231.5, 232.5);
    assertThat(ok(bob, "{ chart(id: 999999999) { id } }").isNull("chart")).isTrue();
  }

  static List<Double> values(JsonObject series) {
    return series.getJsonArray("points").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getJsonNumber("value").doubleValue())
        .toList();
  }

  @Test
  void favoritesAreEachUsersOwnInTheirOrder() throws Exception {
    long first = create(alice, "first", volts);
    long second = create(bob, "second", amps);
    long third = create(alice, "third", volts, amps);

    assertThat(favorites(alice, "setFavorites(chartIds: [" + second + ", " + first + "])"))
        .containsExactly(second, first);
    assertThat(favorites(bob, "setFavorites(chartIds: [" + first + "])")).containsExactly(first);
    assertThat(favorites(alice, "addFavorite(chartId: " + third + ")"))
        .containsExactly(second, first, third);
    assertThat(favorites(alice, "addFavorite(chartId: " + first + ")"))
        .as("a favorite already: unchanged")
        .containsExactly(second, first, third);
    assertThat(favorites(alice, "removeFavorite(chartId: " + first + ")"))
        .containsExactly(second, third);
    assertThat(favorites(alice, "setFavorites(chartIds: [" + third + ", " + second + "])"))
        .as("reordered")
        .containsExactly(third, second);
    assertThat(
            error(
                alice,
                "mutation { setFavorites(chartIds: [" + third + ", " + third + "]) { id } }"))
        .isEqualTo("chartIds: a chart is listed twice");
    assertThat(error(alice, "mutation { addFavorite(chartId: 999999999) { id } }"))
        .isEqualTo("chartId: no chart 999999999");

    ok(bob, "mutation { deleteChart(id: " + second + ") }");
    assertThat(listed(alice)).as("a deleted chart leaves every list").containsExactly(third);
    assertThat(listed(bob)).containsExactly(first);
  }

  static List<Long> favorites(String who, String mutation) throws Exception {
    JsonObject data = ok(who, "mutation { " + mutation + " { id } }");
    return ids(data.getJsonArray(data.keySet().iterator().next()));
  }

  static List<Long> listed(String who) throws Exception {
    return ids(ok(who, "{ favorites { id } }").getJsonArray("favorites"));
  }

  static List<Long> ids(JsonArray charts) {
    return charts.getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void chartsListsEveryChartOrOnlyYours() throws Exception {
    long mine = create(bob, "bob's own", volts);
    List<Long> all = ids(ok(alice, "{ charts { id } }").getJsonArray("charts"));
    List<Long> bobs = ids(ok(bob, "{ charts(mine: true) { id } }").getJsonArray("charts"));
    List<Long> alices = ids(ok(alice, "{ charts(mine: true) { id } }").getJsonArray("charts"));

    assertThat(all).contains(mine);
    assertThat(bobs).contains(mine);
    assertThat(alices).doesNotContain(mine);
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM chart c JOIN app_user u ON u.id = c.owner_id WHERE u.username = 'it-ch-bob'"))
        .isEqualTo(bobs.size());
  }
}
