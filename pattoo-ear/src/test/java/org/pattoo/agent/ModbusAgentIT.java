package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.agent.testing.PeerProcess;
import org.pattoo.testing.AgentProcess;
import org.pattoo.testing.IngestDeployment;

/**
 * The packaged Modbus agent against a real pymodbus server and the deployed pattoo: the registers'
 * values, decoded by hand here, come back through GraphQL; an outage is spooled and replayed once.
 */
@ExtendWith(ArquillianExtension.class)
class ModbusAgentIT extends AgentAndPeer {

  @Deployment(name = "server", managed = false, testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void postsTheRegistersThePeerHoldsAndReplaysAnOutageOnce() throws Exception {
    peer =
        PeerProcess.start(
            "pymodbus",
            List.of(
                "/usr/bin/python3",
                "../agents/pattoo-agent-modbus/src/test/peers/pymodbus_peer.py"),
            Map.of(),
            Pattern.compile("^READY (\\d+)$"));
    String port = peer.ready().group(1);
    // Holding registers 1-4 (wire addresses 0-3): 1234; 0x41C8 0x0000, the float32 25.0;
    // 0xFFFE, the int16 -2.
    peer.send("set hr 0 1234 0x41C8 0x0000 0xFFFE");
    peer.awaitLine(Pattern.compile("^OK$"), Duration.ofSeconds(10));
    deployer.deploy("server");
    agent =
        new AgentProcess(
                "pattoo-agent-modbus",
                dir,
                "pattoo_agent_modbus",
                "pattoo_agent_modbus:\n"
                    + "  polling_interval: 2\n"
                    + "  polling_groups:\n"
                    + "    - group_name: E2E\n"
                    + "      ip_targets: [127.0.0.1]\n"
                    + "      port: "
                    + port
                    + "\n"
                    + "      holding_registers:\n"
                    + "        - {address: 40001}\n"
                    + "        - {address: 40002, type: float32}\n"
                    + "        - {address: 40004, type: int16}\n")
            .start();
    agent.await(
        "the three registers through GraphQL",
        Duration.ofSeconds(40),
        () -> AgentValues.latest(agent.agentId(), "address").size() == 3);
    assertThat(AgentValues.latest(agent.agentId(), "address"))
        .as("each register's newest value, by address")
        .containsExactlyInAnyOrderEntriesOf(Map.of("40001", 1234.0, "40002", 25.0, "40004", -2.0));

    agent.outageIsSpooledAndReplayedOnce(deployer, "server");
    deployer.undeploy("server");
  }
}
