package org.pattoo.agent.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.testing.AgentCommand;
import org.pattoo.agent.testing.AgentCommand.Run;

/** The agent's main entry, run as a process the way systemd and the guide run it. */
class OnceTest {

  @TempDir Path tmp;

  private Run agent(String... args) throws Exception {
    return AgentCommand.run(ExampleAgent.class, tmp, Duration.ofSeconds(30), args);
  }

  @Test
  void oncePrintsTheSamplesDataPointsAsJsonLines() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] weather =
        "{\"temperature\": {\"value\": 21.5}, \"rain\": {\"total_mm\": 1234},"
            .concat(" \"station\": {\"status\": \"ok\"}}")
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/weather.json",
        exchange -> {
          exchange.sendResponseHeaders(200, weather.length);
          exchange.getResponseBody().write(weather);
          exchange.close();
        });
    server.start();
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "state_directory: "
            + tmp.resolve("state")
            + "\n"
            + Files.readString(Path.of("pattoo-agent-example.yaml"))
                .replace("127.0.0.1:8000", "127.0.0.1:" + server.getAddress().getPort()));
    Run run;
    try {
      run = agent("--config", file.toString(), "--once");
    } finally {
      server.stop(0);
    }

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> l.replaceAll("\"timestamp\":[0-9]+,", "")))
        .containsExactly(
            "{\"target\":\"roof-station\",\"key\":\"temperature\",\"type\":101,\"value\":21.5,"
                + "\"metadata\":{\"site\":\"roof\"}}",
            "{\"target\":\"roof-station\",\"key\":\"rain_total_mm\",\"type\":32,\"value\":1234,"
                + "\"metadata\":{\"site\":\"roof\"}}",
            "{\"target\":\"roof-station\",\"key\":\"station_status\",\"type\":2,\"value\":\"ok\","
                + "\"metadata\":{\"site\":\"roof\"}}");
  }

  @Test
  void checkAcceptsTheShippedSampleAndSampleConfigPrintsIt() throws Exception {
    Run check = agent("--config", "pattoo-agent-example.yaml", "--check");
    Run sample = agent("--sample-config");

    assertThat(check.status()).as(check.err()).isZero();
    assertThat(check.out().strip()).isEqualTo("pattoo-agent-example.yaml: valid");
    assertThat(sample.out()).isEqualTo(Files.readString(Path.of("pattoo-agent-example.yaml")));
  }
}
