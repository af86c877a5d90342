package org.pattoo.agent.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.run.AgentConfig;

/** The collector against a real HTTP server on 127.0.0.1, started by the test. */
@Timeout(30)
class JsonCollectorTest {

  private static final long NOW = 1_800_000_000_000L;
  private static HttpServer server;
  private static String base;

  @TempDir Path tmp;

  @BeforeAll
  static void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    answer(
        "/weather.json",
        200,
        "{\"temperature\": {\"value\": 21.5, \"unit\": \"C\"},"
            + " \"rain\": {\"total_mm\": 1234}, \"station\": {\"status\": \"ok\", \"id\": 7}}");
    answer("/down", 503, "maintenance");
    answer("/page", 200, "<html>hello</html>");
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(String path, int status, String body) {
    server.createContext(
        path,
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  // tag::test[]
  /** Polls every endpoint of a configuration once, as the core would, and records the result. */
  private List<String> poll(String yaml) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(file, yaml);
    AgentConfig cfg = AgentConfig.load(file, ExampleAgent.PROGRAM);
    List<String> seen = new ArrayList<>();
    Collector.Sink sink =
        new Collector.Sink() {
          @Override
          public void add(TargetData data) {
            for (DataPoint p : data.points()) {
              seen.add(
                  data.target()
                      + " "
                      + p.key()
                      + " "
                      + p.type()
                      + " "
                      + (p.text() != null ? p.text() : p.number())
                      + " "
                      + p.timestamp()
                      + " "
                      + p.metadata().stream().map(Metadata::value).toList());
            }
          }

          @Override
          public void failed(String target, String reason) {
            seen.add(target + ": " + reason);
          }

          @Override
          public void relay(String target, byte[] payload) {
            throw new AssertionError("nothing to relay");
          }
        };
    Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    for (Endpoint endpoint : ExampleConfig.endpoints(cfg.agentSection())) {
      new JsonCollector(endpoint, clock).collect(sink);
    }
    cfg.agentSection().finish();
    return seen;
  }

  @Test
  void theShippedSampleGivesItsThreeFieldsWithTypesAndLabels() throws Exception {
    String sample = Files.readString(Path.of("pattoo-agent-example.yaml"));

    List<String> seen = poll(sample.replace("http://127.0.0.1:8000", base));

    assertThat(seen)
        .containsExactly(
            "roof-station temperature FLOAT 21.5 1800000000000 [roof]",
            "roof-station rain_total_mm COUNTER32 1234 1800000000000 [roof]",
            "roof-station station_status STRING ok 1800000000000 [roof]");
  }

  // end::test[]

  private String endpoint(String path, String fields) {
    return "pattoo_agent_example:\n  endpoints:\n    - url: "
        + base
        + path
        + "\n      fields:\n"
        + fields;
  }

  @Test
  void aMissingOrMistypedFieldIsAnErrorAndTheOtherFieldsArePosted() throws Exception {
    List<String> seen =
        poll(
            endpoint(
                "/weather.json",
                "        - {pointer: /temperature/value}\n"
                    + "        - {pointer: /humidity/value}\n"
                    + "        - {pointer: /station/status, type: float}\n"
                    + "        - {pointer: /temperature/value, key: t, type: int}\n"));

    assertThat(seen)
        .containsExactly(
            base + "/weather.json temperature_value FLOAT 21.5 1800000000000 []",
            base
                + "/weather.json: /humidity/value: no such field;"
                + " /station/status: expecting a number, found \"ok\";"
                + " /temperature/value: expecting an integer, found 21.5");
  }

  @Test
  void aNon2xxAnswerIsAnErrorOfThatEndpointOnly() throws Exception {
    List<String> seen =
        poll(
            endpoint("/down", "        - {pointer: /a}\n")
                + "    - url: "
                + base
                + "/weather.json\n      fields: [{pointer: /station/id, type: int}]\n");

    assertThat(seen)
        .containsExactly(
            base + "/down: GET " + base + "/down: answered HTTP 503",
            base + "/weather.json station_id INT 7 1800000000000 []");
  }

  @Test
  void anAnswerThatIsNotJsonOrNoServerAtAllIsAnError() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + closed + "/x";

    List<String> seen =
        poll(
            endpoint("/page", "        - {pointer: /a}\n")
                + "    - url: "
                + dead
                + "\n      fields: [{pointer: /a}]\n");

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).startsWith(base + "/page: GET " + base + "/page: not JSON: ");
    assertThat(seen.get(1)).isEqualTo(dead + ": GET " + dead + ": connection refused");
  }
}
