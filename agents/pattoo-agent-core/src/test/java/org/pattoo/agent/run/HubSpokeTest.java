package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;

/** A spoke and a hub talking over 127.0.0.1, as the original's passive agents do. */
class HubSpokeTest {

  @TempDir Path dir;
  final List<AutoCloseable> open = new ArrayList<>();

  static final Collector ONE_POINT =
      sink ->
          sink.add(
              new TargetData(
                  "spoke-host", List.of(DataPoint.number("load", DataType.FLOAT, 0.5, 1))));

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  SpokeServer spoke(Optional<String> token) throws Exception {
    AgentIdentity id = new AgentIdentity("spoke-id", "pattoo_agent_linux", "spoke-host", 300_000);
    AgentRunner runner =
        new AgentRunner(
            id,
            List.of(ONE_POINT),
            new Poster(
                URI.create("http://127.0.0.1:9/pattoo"),
                "spoke-id",
                Optional.empty(),
                Duration.ofSeconds(1)),
            new Spool(dir.resolve("spoke-spool"), 1 << 20),
            Clock.systemUTC());
    SpokeServer server = new SpokeServer("127.0.0.1", 0, token, runner, id, Clock.systemUTC());
    open.add(server);
    return server;
  }

  /** What a hub's sink saw: relayed bodies, or failures by spoke. */
  static Map<String, String> pollSpokes(List<Spoke> spokes) {
    Map<String, String> seen = new TreeMap<>();
    new HubCollector(spokes, 60, Duration.ofSeconds(5))
        .collect(
            new Collector.Sink() {
              @Override
              public void add(TargetData d) {}

              @Override
              public void failed(String target, String reason) {
                seen.put(target, "failed: " + reason);
              }

              @Override
              public void relay(String target, byte[] payload) {
                seen.put(target, new String(payload, StandardCharsets.UTF_8));
              }
            });
    return seen;
  }

  @Test
  void theHubRelaysWhatTheSpokeServesWithTheIntervalItAskedFor() throws Exception {
    SpokeServer s = spoke(Optional.of("spoke-secret"));
    Spoke target = new Spoke("127.0.0.1", s.port(), Optional.of("spoke-secret"));

    String body = pollSpokes(List.of(target)).get(target.name());

    assertThat(body)
        .contains("\"pattoo_agent_id\": \"spoke-id\"")
        .contains("\"pattoo_agent_polling_interval\": 60000")
        .contains("[\"pattoo_key\", \"load\"]");
  }

  @Test
  void aWrongTokenADeadSpokeAndABadPathAreFailuresNotErrors() throws Exception {
    SpokeServer s = spoke(Optional.of("spoke-secret"));
    int closedPort;
    try (ServerSocket free = new ServerSocket(0)) {
      closedPort = free.getLocalPort();
    }
    Spoke wrong = new Spoke("127.0.0.1", s.port(), Optional.of("guess"));
    Spoke dead = new Spoke("127.0.0.1", closedPort, Optional.empty());

    Map<String, String> seen = pollSpokes(List.of(wrong, dead));

    assertThat(seen.get(wrong.name())).isEqualTo("failed: spoke answered 401");
    assertThat(seen.get(dead.name())).startsWith("failed: unreachable: java.net.ConnectException");
    var http = java.net.http.HttpClient.newHttpClient();
    var bad =
        java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/other"))
            .build();
    assertThat(http.send(bad, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theHubPostsRelayedBatchesUnchangedUnderItsOwnId() throws Exception {
    SpokeServer s = spoke(Optional.empty());
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          received.add(
              ex.getRequestURI().getPath()
                  + " "
                  + new String(
                      new GZIPInputStream(ex.getRequestBody()).readAllBytes(),
                      StandardCharsets.UTF_8));
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    server.start();
    open.add(() -> server.stop(0));
    AgentIdentity hub = new AgentIdentity("hub-id", "pattoo_agent_linux", "hub-host", 60_000);
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pattoo");
    AgentRunner runner =
        new AgentRunner(
            hub,
            List.of(
                new HubCollector(
                    List.of(new Spoke("127.0.0.1", s.port(), Optional.empty())),
                    60,
                    Duration.ofSeconds(5))),
            new Poster(url, "hub-id", Optional.empty(), Duration.ofSeconds(5)),
            new Spool(dir.resolve("hub-spool"), 1 << 20),
            Clock.systemUTC());

    runner.cycle();

    assertThat(received).hasSize(2); // the hub's own metrics, then the spoke's batch
    assertThat(received.get(1))
        .startsWith("/pattoo/api/v1/agent/receive/hub-id ")
        .contains("\"pattoo_agent_id\": \"spoke-id\"");
  }

  @Test
  void hubAndSpokeSectionsAreReadStrictly() throws Exception {
    Path file = dir.resolve("a.yaml");
    Files.writeString(
        file,
        """
        spoke: {listen_port: 5001, token: t}
        hub:
          spokes:
            - {ip_address: 10.0.0.7, token: s}
            - {ip_address: 10.0.0.8, ip_bind_port: 5002}
        pattoo_agent_test: {}
        """);

    AgentConfig cfg = AgentConfig.load(file, "pattoo_agent_test");

    assertThat(cfg.serve()).contains(new Spoke("0.0.0.0", 5001, Optional.of("t")));
    assertThat(cfg.spokes())
        .containsExactly(
            new Spoke("10.0.0.7", 5000, Optional.of("s")),
            new Spoke("10.0.0.8", 5002, Optional.empty()));
    Files.writeString(file, "hub:\n  spokes:\n    - {ip_bind_port: 5002}\npattoo_agent_test: {}\n");
    assertThatThrownBy(() -> AgentConfig.load(file, "pattoo_agent_test"))
        .hasMessage("hub.spokes[0].ip_address: missing");
  }
}
