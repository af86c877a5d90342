package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.agent.testing.PeerProcess;
import org.pattoo.testing.AgentProcess;
import org.pattoo.testing.IngestDeployment;

/**
 * The packaged BACnet/IP agent against a device of npm's @bacnet-js/client and the deployed pattoo:
 * the present values of the device's object table, written here, come back through GraphQL by
 * object name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BacnetAgentIT extends AgentAndPeer {

  /** Where pattoo-agent-bacnet's build installs @bacnet-js/client and the device script. */
  static final Path PEERS = Path.of("..", "agents", "pattoo-agent-bacnet", "target", "peers");

  /** A loopback address of its own: the stack ignores requests from 127.0.0.1:47808. */
  static final String DEVICE_ADDRESS = "127.0.0.6";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @Test
  void postsThePresentValuesOfTheDevicesObjects() throws Exception {
    Path table = dir.resolve("peer.json");
    Files.writeString(
        table,
        """
        {"device": 4321, "vendor": 260, "objects": {
          "device:4321": {"object-name": ["string", "it device"]},
          "analog-input:3": {"object-name": ["string", "Zone Temp"],
                             "present-value": ["real", 21.5], "units": ["enumerated", 62]},
          "analog-value:162": {"object-name": ["string", "Setpoint"],
                               "present-value": ["real", 22.25], "units": ["enumerated", 62]},
          "multi-state-value:2": {"object-name": ["string", "Season"],
                                  "present-value": ["unsigned", 3]}}}
        """);
    peer =
        PeerProcess.start(
            "bacnet-device",
            List.of(
                "node",
                PEERS.resolve("bacnet_device.js").toAbsolutePath().toString(),
                DEVICE_ADDRESS,
                "47808",
                table.toString()),
            Map.of("NODE_PATH", PEERS.resolve("node_modules").toAbsolutePath().toString()),
            Pattern.compile("^READY "));
    agent =
        new AgentProcess(
                "pattoo-agent-bacnet",
                dir,
                "pattoo_agent_bacnet",
                "pattoo_agent_bacnet:\n"
                    + "  polling_interval: 2\n"
                    + "  agent_ip_address: 127.0.0.1\n"
                    + "  agent_port: 0\n"
                    + "  polling_groups:\n"
                    + "    - ip_targets: ["
                    + DEVICE_ADDRESS
                    + "]\n"
                    + "      points:\n"
                    + "        - {object: analog-input:3}\n"
                    + "        - {object: analog-value:162}\n"
                    + "        - {object: multi-state-value:2}\n")
            .start();
    Map<String, Double> expected = Map.of("Zone Temp", 21.5, "Setpoint", 22.25, "Season", 3.0);
    agent.await(
        "the three objects through GraphQL",
        Duration.ofSeconds(40),
        () -> AgentValues.latest(agent.agentId(), "object_name").size() == expected.size());
    assertThat(AgentValues.latest(agent.agentId(), "object_name"))
        .as("each object's present value, by its name")
        .containsExactlyInAnyOrderEntriesOf(expected);
  }
}
