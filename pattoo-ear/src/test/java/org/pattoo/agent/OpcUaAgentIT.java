package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
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
 * The packaged OPC UA agent against a node-opcua server and the deployed pattoo: the temperatures
 * the test sets on the server, found by a wildcard browse path, come back through GraphQL by their
 * browse paths; an outage is spooled and replayed once.
 */
@ExtendWith(ArquillianExtension.class)
class OpcUaAgentIT extends AgentAndPeer {

  /** Where pattoo-agent-opcua's build installs node-opcua and the peer script. */
  static final Path PEERS = Path.of("..", "agents", "pattoo-agent-opcua", "target", "peers");

  @Deployment(name = "server", managed = false, testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void postsWhatTheServerHoldsByBrowsePathAndReplaysAnOutageOnce() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    peer =
        PeerProcess.start(
            "node-opcua",
            List.of(
                "node",
                PEERS.resolve("opcua_peer.js").toAbsolutePath().toString(),
                Integer.toString(port),
                dir.resolve("server-pki").toString(),
                "1000"),
            Map.of("NODE_PATH", PEERS.resolve("node_modules").toAbsolutePath().toString()),
            Pattern.compile("^READY "));
    for (String set : List.of("Plant/Line1/Temperature 21.5", "Plant/Line2/Temperature 19.25")) {
      peer.send("set " + set);
      peer.awaitLine(Pattern.compile("^OK"), Duration.ofSeconds(10));
    }

    deployer.deploy("server");
    agent =
        new AgentProcess(
                "pattoo-agent-opcua",
                dir,
                "pattoo_agent_opcua",
                "pattoo_agent_opcua:\n"
                    + "  polling_interval: 2\n"
                    + "  pki_directory: "
                    + dir.resolve("agent-pki")
                    + "\n"
                    + "  polling_groups:\n"
                    + "    - endpoint: opc.tcp://127.0.0.1:"
                    + port
                    + "\n"
                    + "      nodes:\n"
                    + "        - {path: \"Objects/Plant/*/Temperature\"}\n")
            .start();
    agent.await(
        "both temperatures through GraphQL",
        Duration.ofSeconds(60),
        () -> AgentValues.latest(agent.agentId(), "browse_path").size() == 2);
    assertThat(AgentValues.latest(agent.agentId(), "browse_path"))
        .as("each temperature, by its browse path")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Objects/Plant/Line1/Temperature", 21.5,
                "Objects/Plant/Line2/Temperature", 19.25));

    agent.outageIsSpooledAndReplayedOnce(deployer, "server");
    deployer.undeploy("server");
  }
}
