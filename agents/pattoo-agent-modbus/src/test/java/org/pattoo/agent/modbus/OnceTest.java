package org.pattoo.agent.modbus;

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

  private static Peer pymodbus;

  @TempDir Path tmp;

  @BeforeAll
  static void startPeer() throws Exception {
    pymodbus = Peer.pymodbus();
  }

  @AfterAll
  static void stopPeer() throws Exception {
    if (pymodbus != null) {
      pymodbus.close();
    }
  }

  private Run agent(String... args) throws Exception {
    return AgentCommand.run(ModbusAgent.class, tmp, Duration.ofSeconds(30), args);
  }

  private Path config(String group) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "state_directory: "
            + tmp.resolve("state")
            + "\npattoo_agent_modbus:\n  polling_interval: 60\n  polling_groups:\n"
            + group);
    return file;
  }

  @Test
  void oncePrintsThePolledDataPointsAsJsonLines() throws Exception {
    pymodbus.send("clear");
    pymodbus.send("set hr 0 0x41c8 0x0000");
    pymodbus.send("set co 4 1");
    Path file =
        config(
            "    - ip_targets: [127.0.0.1]\n      port: "
                + pymodbus.port()
                + "\n      unit: 2\n"
                + "      holding_registers: [{address: 40001, type: float32}]\n"
                + "      coils: [{address: 5}]\n");

    Run run = agent("--config", file.toString(), "--once");

    String target = "127.0.0.1:" + pymodbus.port();
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> l.replaceAll("\"timestamp\":[0-9]+,", "")))
        .containsExactlyInAnyOrder(
            "{\"target\":\""
                + target
                + "\",\"key\":\"coil_5\",\"type\":99,\"value\":1,"
                + "\"metadata\":{\"unit\":\"002\",\"kind\":\"coil\",\"address\":\"5\"}}",
            "{\"target\":\""
                + target
                + "\",\"key\":\"holding_register_40001\",\"type\":101,\"value\":25.0,"
                + "\"metadata\":{\"unit\":\"002\",\"kind\":\"holding_register\","
                + "\"address\":\"40001\"}}");
  }

  @Test
  void checkNamesTheFaultyKeyAndExitsWith2() throws Exception {
    Path file =
        config("    - ip_targets: [127.0.0.1]\n      holding_registers: [{address: 30001}]\n");

    Run run = agent("--config", file.toString(), "--check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            file
                + ": pattoo_agent_modbus.polling_groups[0].holding_registers[0].address:"
                + " expecting 40001-49999 or 400001-465536, found 30001");
  }

  @Test
  void checkAcceptsTheShippedSample() throws Exception {
    Run run = agent("--config", "pattoo-agent-modbus.yaml", "--check");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("pattoo-agent-modbus.yaml: valid");
  }
}
