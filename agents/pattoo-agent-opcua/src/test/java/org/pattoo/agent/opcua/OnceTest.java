package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.testing.AgentCommand;
import org.pattoo.agent.testing.AgentCommand.Run;

/** The agent's main entry, run as a process the way systemd and people run it. */
class OnceTest {

  private static Peer peer;

  @TempDir Path tmp;

  @BeforeAll
  static void startPeer() throws Exception {
    peer = Peer.start();
  }

  @AfterAll
  static void stopPeer() throws Exception {
    if (peer != null) {
      peer.close();
    }
  }

  private Run agent(String... args) throws Exception {
    return AgentCommand.run(OpcUaAgent.class, tmp, Duration.ofSeconds(60), args);
  }

  private Path config(String group) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "state_directory: "
            + tmp.resolve("state")
            + "\npattoo_agent_opcua:\n  polling_interval: 60\n  pki_directory: "
            + tmp.resolve("pki")
            + "\n  polling_groups:\n"
            + group);
    return file;
  }

  @Test
  void oncePrintsThePolledDataPointsAsJsonLines() throws Exception {
    peer.send("set Plant/Line1/Temperature 21.5");
    peer.send("set Plant/Line2/Temperature 19");
    peer.send("set Plant/Line1/Mode auto");
    Path file =
        config(
            "    - endpoint: opc.tcp://127.0.0.1:"
                + peer.port()
                + "\n      nodes:\n"
                + "        - {path: \"Objects/Plant/*/Temperature\"}\n"
                + "        - {address: \""
                + peer.nodeId("Plant/Line1/Mode")
                + "\"}\n");

    Run run = agent("--config", file.toString(), "--once");

    String target = "127.0.0.1:" + peer.port();
    String server = "\"opcua_server\":\"opc.tcp://127.0.0.1:" + peer.port() + "\"";
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> l.replaceAll("\"timestamp\":[0-9]+,", "")))
        .containsExactlyInAnyOrder(
            "{\"target\":\""
                + target
                + "\",\"key\":\"plant/line1/temperature\",\"type\":101,"
                + "\"value\":21.5,\"metadata\":{"
                + server
                + ",\"browse_path\":\"Objects/Plant/Line1/Temperature\",\"node_id\":\""
                + peer.nodeId("Plant/Line1/Temperature")
                + "\"}}",
            "{\"target\":\""
                + target
                + "\",\"key\":\"plant/line2/temperature\",\"type\":101,"
                + "\"value\":19.0,\"metadata\":{"
                + server
                + ",\"browse_path\":\"Objects/Plant/Line2/Temperature\",\"node_id\":\""
                + peer.nodeId("Plant/Line2/Temperature")
                + "\"}}",
            "{\"target\":\""
                + target
                + "\",\"key\":\""
                + peer.nodeId("Plant/Line1/Mode")
                + "\",\"type\":2,\"value\":\"auto\",\"metadata\":{"
                + server
                + "}}");
  }

  @Test
  void checkNamesTheFaultyKeyAndExitsWith2() throws Exception {
    Path file =
        config("    - endpoint: opc.tcp://127.0.0.1:4840\n      nodes: [{pth: Objects/Plant}]\n");

    Run run = agent("--config", file.toString(), "--check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            file
                + ": pattoo_agent_opcua.polling_groups[0].nodes[0].pth: unknown key (expecting one"
                + " of [address, path, multiplier])");
  }

  @Test
  void checkAcceptsTheShippedSample() throws Exception {
    Run run = agent("--config", "pattoo-agent-opcua.yaml", "--check");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("pattoo-agent-opcua.yaml: valid");
  }

  @Test
  void sampleConfigPrintsTheShippedSample() throws Exception {
    Run run = agent("--sample-config");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("pattoo-agent-opcua.yaml")));
  }
}
