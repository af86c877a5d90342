package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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
 * The packaged SNMP agent against Debian's snmpd and the deployed pattoo: what snmpwalk reads from
 * the peer comes back through GraphQL, per OID; an outage is spooled and replayed once.
 */
@ExtendWith(ArquillianExtension.class)
class SnmpAgentIT extends AgentAndPeer {

  static final String COMMUNITY = "e2e-community";
  static final String SUBTREE = ".1.3.6.1.4.1.99999.1";
  static final Pattern WALKED = Pattern.compile("^(\\.[\\d.]+) = \\w+: (-?\\d+)$");

  @Deployment(name = "server", managed = false, testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void postsWhatThePeerReportsAndReplaysAnOutageOnce() throws Exception {
    int port = freeUdpPort();
    Path conf = dir.resolve("snmpd.conf");
    Files.writeString(
        conf,
        "agentAddress udp:127.0.0.1:"
            + port
            + "\nrocommunity "
            + COMMUNITY
            + " 127.0.0.1\n"
            + "override .1.3.6.1.4.1.99999.1.1.0 counter 4000000000\n"
            + "override .1.3.6.1.4.1.99999.1.2.0 uinteger 77\n"
            + "override .1.3.6.1.4.1.99999.1.3.0 integer -5\n");
    Files.createDirectories(dir.resolve("snmpd-state"));
    peer =
        PeerProcess.start(
            "snmpd",
            List.of(
                "/usr/sbin/snmpd",
                "-f",
                "-Lo",
                "-C",
                "-m",
                "",
                "-c",
                conf.toString(),
                "-p",
                dir.resolve("snmpd.pid").toString()),
            Map.of("SNMP_PERSISTENT_DIR", dir.resolve("snmpd-state").toString()),
            Pattern.compile("^NET-SNMP version"));
    Map<String, Double> walked = snmpwalk(port);
    assertThat(walked).as("what the peer itself reports").hasSize(3);

    deployer.deploy("server");
    agent =
        new AgentProcess(
                "pattoo-agent-snmp",
                dir,
                "pattoo_agent_snmp",
                "pattoo_agent_snmp:\n"
                    + "  polling_interval: 2\n"
                    + "  polling_groups:\n"
                    + "    - group_name: E2E\n"
                    + "      ip_targets: [127.0.0.1]\n"
                    + "      oids: [{address: "
                    + SUBTREE
                    + "}]\n"
                    + "  auth_groups:\n"
                    + "    - group_name: E2E\n"
                    + "      snmp_version: 2\n"
                    + "      snmp_community: "
                    + COMMUNITY
                    + "\n      snmp_port: "
                    + port
                    + "\n      ip_targets: [127.0.0.1]\n")
            .start();
    agent.await(
        "the walked values through GraphQL",
        Duration.ofSeconds(40),
        () -> AgentValues.latest(agent.agentId(), "oid").size() == walked.size());
    assertThat(AgentValues.latest(agent.agentId(), "oid"))
        .as("each OID's newest value, as snmpwalk read it")
        .containsExactlyInAnyOrderEntriesOf(walked);

    agent.outageIsSpooledAndReplayedOnce(deployer, "server");
    deployer.undeploy("server");
  }

  /** Debian's snmpwalk of the subtree: numeric OID to value. */
  static Map<String, Double> snmpwalk(int port) throws Exception {
    Process walk =
        new ProcessBuilder(
                "/usr/bin/snmpwalk",
                "-v2c",
                "-c",
                COMMUNITY,
                "-m",
                "",
                "-On",
                "-Oe",
                "127.0.0.1:" + port,
                SUBTREE)
            .redirectError(ProcessBuilder.Redirect.DISCARD) // e.g. "Created directory: ..."
            .start();
    String out = new String(walk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(walk.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(walk.exitValue()).as("snmpwalk's exit, having printed:\n" + out).isZero();
    Map<String, Double> values = new TreeMap<>();
    for (String line : out.lines().toList()) {
      Matcher m = WALKED.matcher(line.strip());
      assertThat(m.matches()).as("snmpwalk's line " + line).isTrue();
      values.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    return values;
  }

  static int freeUdpPort() throws Exception {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
