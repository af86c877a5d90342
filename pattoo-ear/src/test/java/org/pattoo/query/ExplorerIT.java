package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.pattoo.testing.TestServer;

/**
 * The explorer page is served, and what its script sends works against the real schema: its
 * introspection query and each of its examples (read from the script with node, as shipped).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplorerIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String AGENT = "it-explorer";

  @Test
  void thePageIsServed() throws Exception {
    HttpResponse<String> page = TestServer.get("/pattoo/explorer/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("explorer.js", "explorer.css");
    assertThat(TestServer.get("/pattoo/explorer/explorer.js").statusCode()).isEqualTo(200);
    assertThat(TestServer.get("/pattoo/explorer/explorer.css").statusCode()).isEqualTo(200);
  }

  @Test
  void itsIntrospectionFindsTheSchemaAndEveryExampleAnswers() throws Exception {
    TestDatabase.forgetAgents(AGENT);
    long now = System.currentTimeMillis();
    new AgentPost(AGENT, "pattoo_agent_it", "explorer.example.org")
        .add("a", 101, 1.5, now - 60_000)
        .add("b", 99, 2, now - 60_000)
        .add("c", 32, 100, now - 60_000)
        .post();
    JsonArrayBuilder ids = Json.createArrayBuilder();
    TestDatabase.rows(
            "SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
                + " WHERE a.agent_id = ? ORDER BY 1",
            AGENT)
        .forEach(r -> ids.add(Long.parseLong(r.get(0))));
    JsonObject script = fromScript(now);

    JsonObject schema = GraphQL.data(script.getString("introspection"));
    assertThat(
            schema.getJsonObject("__schema").getJsonArray("types").stream()
                .map(t -> t.asJsonObject().getString("name"))
                .toList())
        .as("the schema browser's types")
        .contains("Query", "Mutation", "Agent", "Datapoint", "Series", "LatestSample", "Tokens");

    var idList = ids.build();
    for (JsonValue e : script.getJsonArray("examples")) {
      JsonObject example = e.asJsonObject();
      JsonObject variables =
          example.isNull("variables")
              ? JsonValue.EMPTY_JSON_OBJECT
              : example.getJsonObject("variables");
      if (variables.containsKey("ids")) {
        variables = Json.createObjectBuilder(variables).add("ids", idList).build();
      }
      JsonObject answer = GraphQL.post(example.getString("query"), variables);
      assertThat(answer.containsKey("errors"))
          .as(example.getString("label") + ": " + answer)
          .isFalse();
      // Every field the example asks for at the root answers something.
      answer
          .getJsonObject("data")
          .forEach(
              (field, value) ->
                  assertThat(value.getValueType())
                      .as(example.getString("label") + ": " + field)
                      .isNotEqualTo(JsonValue.ValueType.NULL));
    }
  }

  /** The script's introspection query and examples, as node loads the file. */
  private static JsonObject fromScript(long now) throws Exception {
    Path js = Path.of("../pattoo-war/src/main/webapp/explorer/explorer.js").toAbsolutePath();
    Process node =
        new ProcessBuilder(
                "node",
                "-e",
                "const e = require(process.argv[1]); console.log(JSON.stringify("
                    + "{introspection: e.INTROSPECTION, examples: e.examples("
                    + now
                    + ")}))",
                js.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(out).isZero();
    assertThat(Files.exists(js)).isTrue();
    try (var reader = Json.createReader(new StringReader(out))) {
      return reader.readObject();
    }
  }
}
