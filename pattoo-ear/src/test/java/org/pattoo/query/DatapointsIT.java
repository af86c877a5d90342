package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;

/**
 * Agents and datapoints through GraphQL: every filter, Relay pagination walked page by page in each
 * sort order and checked against the database, translations, latest samples and string history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatapointsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String PROGRAM = "pattoo_agent_itq";
  static final String A = "it-query-a";
  static final String B = "it-query-b";
  static final long T = System.currentTimeMillis() / 60_000 * 60_000 - 10 * 60_000;

  static boolean seeded;

  static synchronized void seed() throws Exception {
    if (seeded) {
      return;
    }
    TestDatabase.forgetAgents(A, B);
    TestDatabase.execute("DELETE FROM key_translation WHERE key LIKE 'pattoo_agent_itq_%'");
    new AgentPost(A, PROGRAM, "t1")
        .add("alpha", 99, 1, T)
        .add("beta", 101, Json.createValue(21.5), T, Map.of("ifname", "eth0"))
        .add("epsilon", 101, Json.createValue(7.25), T, Map.of("ifname", "eth1"))
        .add("gamma", 32, 1000, T)
        .add("gamma", 32, 1600, T + 60_000)
        .add("delta", 2, Json.createValue("up"), T, Map.of())
        .add("delta", 2, Json.createValue("down"), T + 60_000, Map.of())
        .add("delta", 2, Json.createValue("up"), T + 120_000, Map.of())
        .post();
    new AgentPost(A, PROGRAM, "t2").add("alpha", 99, 2, T).post();
    new AgentPost(B, PROGRAM, "t1").add("alpha", 99, 3, T).post();
    seeded = true;
  }

  static final String PAGE =
      "query($filter: DatapointFilter, $sort: DatapointSort, $desc: Boolean, $first: Int,"
          + " $after: String) { datapoints(filter: $filter, sort: $sort, descending: $desc,"
          + " first: $first, after: $after) { edges { cursor node { idxDatapoint key dataType"
          + " agentId agentPolledTarget metadata { key value } label units lastTimestamp } }"
          + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

  /** Every datapoint of a filter, reading pages of {@code first}; "key@target" per node. */
  static List<String> walk(JsonObject filter, String sort, boolean desc, int first)
      throws Exception {
    List<String> out = new ArrayList<>();
    String after = null;
    while (true) {
      var vars =
          Json.createObjectBuilder()
              .add("filter", filter)
              .add("sort", sort)
              .add("desc", desc)
              .add("first", first);
      if (after != null) {
        vars.add("after", after);
      }
      JsonObject page = GraphQL.data(PAGE, vars.build()).getJsonObject("datapoints");
      JsonArray edges = page.getJsonArray("edges");
      JsonObject info = page.getJsonObject("pageInfo");
      assertThat(edges.size()).isLessThanOrEqualTo(first);
      assertThat(info.getBoolean("hasPreviousPage")).isEqualTo(after != null);
      for (JsonValue e : edges) {
        JsonObject node = e.asJsonObject().getJsonObject("node");
        out.add(node.getString("key") + "@" + node.getString("agentPolledTarget"));
      }
      if (!info.getBoolean("hasNextPage")) {
        return out;
      }
      assertThat(edges).isNotEmpty();
      after = info.getString("endCursor");
      assertThat(after).isEqualTo(edges.getJsonObject(edges.size() - 1).getString("cursor"));
    }
  }

  static JsonObject filter(String json) {
    try (var reader = Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject();
    }
  }

  /** The same listing straight from the database. */
  static List<String> inDatabase(String agent, String orderBy) throws Exception {
    return TestDatabase.rows(
            "SELECT d.key || '@' || a.agent_polled_target FROM datapoint d"
                + " JOIN agent a USING (idx_agent) WHERE a.agent_id = ? ORDER BY "
                + orderBy,
            agent)
        .stream()
        .map(r -> r.get(0))
        .toList();
  }

  @Test
  void pagesWalkTheWholeListInEveryOrder() throws Exception {
    seed();
    JsonObject ofA = filter("{\"agentId\": \"" + A + "\"}");
    List<String> byKey = inDatabase(A, "d.key, d.idx_datapoint");
    assertThat(byKey).hasSize(6);
    assertThat(walk(ofA, "KEY", false, 2)).containsExactlyElementsOf(byKey);
    assertThat(walk(ofA, "KEY", true, 4))
        .containsExactlyElementsOf(inDatabase(A, "d.key DESC, d.idx_datapoint DESC"));
    assertThat(walk(ofA, "ID", false, 1))
        .containsExactlyElementsOf(inDatabase(A, "d.idx_datapoint"));
    assertThat(walk(ofA, "KEY", false, 100)).containsExactlyElementsOf(byKey);
  }

  @Test
  void everyFilterNarrowsTheList() throws Exception {
    seed();
    assertThat(
            walk(
                filter("{\"agentId\": \"" + A + "\", \"agentPolledTarget\": \"t2\"}"),
                "KEY",
                false,
                10))
        .containsExactly("pattoo_agent_itq_alpha@t2");
    assertThat(walk(filter("{\"key\": \"pattoo_agent_itq_alpha\"}"), "KEY", false, 10))
        .containsExactlyInAnyOrder(
            "pattoo_agent_itq_alpha@t1", "pattoo_agent_itq_alpha@t2", "pattoo_agent_itq_alpha@t1");
    assertThat(walk(filter("{\"keyPrefix\": \"pattoo_agent_itq_e\"}"), "KEY", false, 10))
        .containsExactly("pattoo_agent_itq_epsilon@t1");
    assertThat(
            walk(
                filter("{\"keyPrefix\": \"pattoo_agent_itq_\", \"dataType\": 32}"),
                "KEY",
                false,
                10))
        .containsExactly("pattoo_agent_itq_gamma@t1");
    assertThat(
            walk(
                filter(
                    "{\"keyPrefix\": \"pattoo_agent_itq_\", \"metadata\": [{\"key\":"
                        + " \"pattoo_agent_itq_ifname\", \"value\": \"eth0\"}]}"),
                "KEY",
                false,
                10))
        .containsExactly("pattoo_agent_itq_beta@t1");
    assertThat(walk(filter("{\"keyPrefix\": \"pattoo_agent_itq_%\"}"), "KEY", false, 10))
        .as("a prefix is literal, not a LIKE pattern")
        .isEmpty();
  }

  @Test
  void agentsPageInTheOriginalOrderWithTheirDatapoints() throws Exception {
    seed();
    List<String> agents = new ArrayList<>();
    String after = null;
    do {
      var vars = Json.createObjectBuilder().add("p", PROGRAM);
      if (after != null) {
        vars.add("after", after);
      }
      JsonObject page =
          GraphQL.data(
                  "query($p: String, $after: String) { agents(program: $p, first: 1,"
                      + " after: $after) { edges { node { agentId agentPolledTarget agentProgram"
                      + " enabled datapoints(first: 2) { edges { node { key } }"
                      + " pageInfo { hasNextPage } } } } pageInfo { hasNextPage endCursor } } }",
                  vars.build())
              .getJsonObject("agents");
      JsonObject node = page.getJsonArray("edges").getJsonObject(0).getJsonObject("node");
      agents.add(node.getString("agentId") + "@" + node.getString("agentPolledTarget"));
      assertThat(node.getBoolean("enabled")).isTrue();
      JsonObject datapoints = node.getJsonObject("datapoints");
      boolean big =
          node.getString("agentId").equals(A) && node.getString("agentPolledTarget").equals("t1");
      assertThat(datapoints.getJsonArray("edges")).hasSize(big ? 2 : 1);
      assertThat(datapoints.getJsonObject("pageInfo").getBoolean("hasNextPage")).isEqualTo(big);
      after =
          page.getJsonObject("pageInfo").getBoolean("hasNextPage")
              ? page.getJsonObject("pageInfo").getString("endCursor")
              : null;
    } while (after != null);
    assertThat(agents)
        .as("by program, then target")
        .containsExactly(A + "@t1", B + "@t1", A + "@t2");
  }

  @Test
  void translationsGiveLabelAndUnits() throws Exception {
    seed();
    TestDatabase.execute(
        "INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)"
            + " SELECT 1, id, 'pattoo_agent_itq_beta', 'Inlet temperature', '°C' FROM language"
            + " WHERE code = 'en' ON CONFLICT DO NOTHING");
    JsonObject beta =
        GraphQL.data(
                PAGE,
                Json.createObjectBuilder()
                    .add("filter", filter("{\"key\": \"pattoo_agent_itq_beta\"}"))
                    .build())
            .getJsonObject("datapoints")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    assertThat(beta.getString("label")).isEqualTo("Inlet temperature");
    assertThat(beta.getString("units")).isEqualTo("°C");
    assertThat(beta.getJsonNumber("lastTimestamp").longValue()).isEqualTo(T);
    assertThat(beta.getJsonArray("metadata").getJsonObject(0).getString("value")).isEqualTo("eth0");
    JsonObject alpha =
        GraphQL.data(
                PAGE,
                Json.createObjectBuilder()
                    .add("filter", filter("{\"agentId\": \"" + B + "\"}"))
                    .build())
            .getJsonObject("datapoints")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    assertThat(alpha.isNull("label")).as("untranslated").isTrue();
  }

  @Test
  void latestGivesTheNewestSampleOfEachKind() throws Exception {
    seed();
    long gamma = id("pattoo_agent_itq_gamma");
    long delta = id("pattoo_agent_itq_delta");
    long alpha = id("pattoo_agent_itq_alpha");
    JsonArray latest =
        GraphQL.data(
                "{ latest(datapointIds: ["
                    + gamma
                    + ", "
                    + delta
                    + ", "
                    + alpha
                    + "]) { idxDatapoint timestamp value text rate } }")
            .getJsonArray("latest");
    assertThat(latest).hasSize(3);
    JsonObject counter = latest.getJsonObject(0);
    assertThat(counter.getJsonNumber("idxDatapoint").longValue()).isEqualTo(gamma);
    assertThat(counter.getJsonNumber("timestamp").longValue()).isEqualTo(T + 60_000);
    assertThat(counter.getJsonNumber("value").doubleValue()).isEqualTo(1600);
    assertThat(counter.getJsonNumber("rate").doubleValue()).as("600 in 60 s").isEqualTo(10);
    JsonObject text = latest.getJsonObject(1);
    assertThat(text.getString("text")).isEqualTo("up");
    assertThat(text.getJsonNumber("timestamp").longValue()).isEqualTo(T + 120_000);
    assertThat(text.isNull("value")).isTrue();
    assertThat(latest.getJsonObject(2).getJsonNumber("value").doubleValue()).isEqualTo(1);
  }

  @Test
  void stringHistoryPagesThroughTheChanges() throws Exception {
    seed();
    long delta = id("pattoo_agent_itq_delta");
    String query =
        "query($after: String, $desc: Boolean) { stringHistory(datapointId: "
            + delta
            + ", from: "
            + T
            + ", to: "
            + (T + 600_000)
            + ", first: 2, after: $after, descending: $desc) { edges { cursor node { timestamp"
            + " value } } pageInfo { hasNextPage endCursor } } }";
    JsonObject first =
        GraphQL.data(query, Json.createObjectBuilder().add("desc", false).build())
            .getJsonObject("stringHistory");
    assertThat(values(first)).containsExactly(T + "=up", (T + 60_000) + "=down");
    assertThat(first.getJsonObject("pageInfo").getBoolean("hasNextPage")).isTrue();
    JsonObject second =
        GraphQL.data(
                query,
                Json.createObjectBuilder()
                    .add("desc", false)
                    .add("after", first.getJsonObject("pageInfo").getString("endCursor"))
                    .build())
            .getJsonObject("stringHistory");
    assertThat(values(second)).containsExactly((T + 120_000) + "=up");
    assertThat(second.getJsonObject("pageInfo").getBoolean("hasNextPage")).isFalse();
    JsonObject newestFirst =
        GraphQL.data(query, Json.createObjectBuilder().add("desc", true).build())
            .getJsonObject("stringHistory");
    assertThat(values(newestFirst)).containsExactly((T + 120_000) + "=up", (T + 60_000) + "=down");
    assertThat(
            GraphQL.error("{ series(datapointIds: [" + delta + "], from: 0, to: 1) { stepMs } }"))
        .isEqualTo("datapoint " + delta + " holds strings: read it with stringHistory");
  }

  @Test
  void badPageArgumentsAreErrors() throws Exception {
    seed();
    assertThat(GraphQL.error("{ datapoints(first: 0) { edges { cursor } } }"))
        .isEqualTo("first: expecting 1-1000, found 0");
    assertThat(GraphQL.error("{ agents(first: 1001) { edges { cursor } } }"))
        .isEqualTo("first: expecting 1-1000, found 1001");
    assertThat(GraphQL.error("{ datapoints(after: \"bm9wZQ\") { edges { cursor } } }"))
        .isEqualTo("after: \"bm9wZQ\" is not a cursor of this list");
    assertThat(GraphQL.error("{ datapoints(sort: NAME) { edges { cursor } } }"))
        .as("GraphQL's own validation")
        .contains("NAME");
  }

  static long id(String key) throws Exception {
    return TestDatabase.number(
        "SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
            + " WHERE a.agent_id = ? AND a.agent_polled_target = 't1' AND d.key = ?",
        A,
        key);
  }

  static List<String> values(JsonObject connection) {
    List<String> out = new ArrayList<>();
    for (JsonValue e : connection.getJsonArray("edges")) {
      JsonObject node = e.asJsonObject().getJsonObject("node");
      out.add(node.getJsonNumber("timestamp").longValue() + "=" + node.getString("value"));
    }
    return out;
  }
}
