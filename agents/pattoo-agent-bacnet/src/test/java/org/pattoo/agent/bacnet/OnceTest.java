package org.pattoo.agent.bacnet;

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

  private static DevicePeer device;

  @TempDir Path tmp;

  @BeforeAll
  static void startDevice() throws Exception {
    device = new DevicePeer("127.0.0.2", 47808, "device-1234.json");
  }

  @AfterAll
  static void stopDevice() throws Exception {
    if (device != null) {
      device.close();
    }
  }

  private Run agent(String... args) throws Exception {
    return AgentCommand.run(BacnetAgent.class, tmp, Duration.ofSeconds(30), args);
  }

  private Path config(String section) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "state_directory: "
            + tmp.resolve("state")
            + "\npattoo_agent_bacnet:\n  polling_interval: 60\n"
            + section);
    return file;
  }

  @Test
  void oncePrintsThePolledDataPointsAsJsonLines() throws Exception {
    Path file =
        config(
            "  agent_ip_address: 127.0.0.1\n  agent_port: 0\n  polling_groups:\n"
                + "    - ip_targets: [127.0.0.2]\n"
                + "      points: [{object: analog-input:3}, {object: multi-state-value:2}]\n");

    Run run = agent("--config", file.toString(), "--once");

    // values from src/test/peers/device-1234.json
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> l.replaceAll("\"timestamp\":[0-9]+,", "")))
        .containsExactlyInAnyOrder(
            "{\"target\":\"127.0.0.2\",\"key\":\"analog_input_point_3\",\"type\":101,"
                + "\"value\":21.5,\"metadata\":{\"object_name\":\"Zone Temp\","
                + "\"units\":\"degrees-celsius\",\"device\":\"1234\"}}",
            "{\"target\":\"127.0.0.2\",\"key\":\"multi_state_value_point_2\",\"type\":99,"
                + "\"value\":3,\"metadata\":{\"object_name\":\"Season\",\"device\":\"1234\"}}");
  }

  @Test
  void checkNamesTheFaultyKeyAndExitsWith2() throws Exception {
    Path file =
        config(
            "  agent_ip_address: 127.0.0.1\n  polling_groups:\n"
                + "    - ip_targets: [127.0.0.2]\n"
                + "      points: [{object: device:1234}]\n");

    Run run = agent("--config", file.toString(), "--check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            file
                + ": pattoo_agent_bacnet.polling_groups[0].points[0].object: expecting"
                + " <type>:<instance> with type analog-, binary- or multi-state-input, -output"
                + " or -value, found \"device:1234\"");
  }

  @Test
  void checkWantsTheLocalAddress() throws Exception {
    Path file =
        config("  polling_groups:\n    - ip_targets: [127.0.0.2]\n      points: [{address: 1}]\n");

    Run run = agent("--config", file.toString(), "--check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            file
                + ": pattoo_agent_bacnet.agent_ip_address: missing (the local address the BACnet"
                + " client binds)");
  }

  @Test
  void checkAcceptsTheShippedSample() throws Exception {
    Run run = agent("--config", "pattoo-agent-bacnet.yaml", "--check");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("pattoo-agent-bacnet.yaml: valid");
  }
}
