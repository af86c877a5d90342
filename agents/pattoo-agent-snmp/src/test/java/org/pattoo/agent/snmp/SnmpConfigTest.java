package org.pattoo.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentConfig;
import org.pattoo.agent.run.ConfigException;

/** The section is read in one place; each impossible value is refused with its YAML path. */
class SnmpConfigTest {

  @TempDir Path dir;

  @Test
  void theShippedSampleConfigurationLoadsAsShipped() throws Exception {
    AgentConfig cfg = AgentConfig.load(Path.of("pattoo-agent-snmp.yaml"), SnmpAgent.PROGRAM);
    List<Collector> collectors = new SnmpAgent().collectors(cfg.agentSection());
    cfg.agentSection().finish();
    List<TargetPlan> plans =
        SnmpConfig.read(
            AgentConfig.load(Path.of("pattoo-agent-snmp.yaml"), SnmpAgent.PROGRAM).agentSection());

    assertThat(cfg.pollingIntervalSeconds()).isEqualTo(300);
    assertThat(cfg.concurrentPolls()).isEqualTo(16);
    assertThat(cfg.stateDirectory()).isEqualTo(Path.of("/var/lib/pattoo-agent-snmp"));
    assertThat(collectors)
        .extracting(Collector::name)
        .containsExactly(
            "rtr1.example.org", "10.0.0.2", "rtr1.example.org ifmib", "sw1.example.org ifmib");
    TargetPlan v3 = plans.get(1);
    assertThat(v3.auth().user().orElseThrow().toString())
        .isEqualTo("pattoo authPriv SHA256/AES256");
    assertThat(v3.auth().timeoutMs()).isEqualTo(5000);
    assertThat(v3.auth().retries()).isEqualTo(1);
    assertThat(plans.get(0).oids())
        .containsExactly(
            new OidSpec(".1.3.6.1.2.1.2.2.1.10", 8),
            new OidSpec(".1.3.6.1.2.1.2.2.1.16", 8),
            new OidSpec(".1.3.6.1.2.1.1.3.0", 1));
    assertThat(v3.auth().describe()).doesNotContain("change-this");
  }

  String errorFor(String section) throws Exception {
    Path file = dir.resolve("agent.yaml");
    Files.writeString(file, "pattoo_agent_snmp:\n  polling_interval: 60\n" + section);
    AgentConfig cfg = AgentConfig.load(file, SnmpAgent.PROGRAM);
    try {
      new SnmpAgent().collectors(cfg.agentSection());
      cfg.agentSection().finish();
    } catch (ConfigException e) {
      return e.getMessage();
    }
    return "valid";
  }

  static final String GROUP =
      """
        polling_groups:
          - ip_targets: [10.0.0.1]
            oids: [{address: .1.3.6.1.2.1.1.5}]
      """;

  @Test
  void refusesWhatCannotWorkNamingThePath() throws Exception {
    assertThat(errorFor(GROUP))
        .isEqualTo(
            "pattoo_agent_snmp.polling_groups[0].ip_targets[0]: 10.0.0.1 is in no auth_groups'"
                + " ip_targets");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_version: 4, snmp_community: x, ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo(
            "pattoo_agent_snmp.auth_groups[0].snmp_version: expecting an integer 1-3, found 4");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_version: 3, snmp_secname: u, snmp_authprotocol: SHA-1024,
                           snmp_authpassword: longenough, ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo(
            "pattoo_agent_snmp.auth_groups[0].snmp_authprotocol: expecting MD5, SHA, SHA-224,"
                + " SHA-256, SHA-384 or SHA-512, found \"SHA-1024\"");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_version: 3, snmp_secname: u, snmp_privpassword: longenough,
                           ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo(
            "pattoo_agent_snmp.auth_groups[0].snmp_privprotocol: privacy needs authentication"
                + " (snmp_authprotocol)");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_version: 3, snmp_secname: u, snmp_authpassword: short,
                           ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo(
            "pattoo_agent_snmp.auth_groups[0].snmp_authpassword: expecting at least 8 characters");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_version: 1, ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo(
            "pattoo_agent_snmp.auth_groups[0].snmp_community: expecting a community for SNMP v1");
    assertThat(
            errorFor(
                """
                  polling_groups:
                    - ip_targets: [10.0.0.1]
                      oids: [{address: ifInOctets}]
                """))
        .isEqualTo(
            "pattoo_agent_snmp.polling_groups[0].oids[0].address: expecting a numeric OID like"
                + " .1.3.6.1.2.1.1.5, found \"ifInOctets\"");
    assertThat(
            errorFor(
                """
                  polling_groups:
                    - ip_targets: [10.0.0.1]
                """))
        .isEqualTo(
            "pattoo_agent_snmp.polling_groups[0].oids: expecting at least one OID to walk (or"
                + " ifmib: true)");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_community: a, ip_targets: [10.0.0.1]}
                        - {snmp_community: b, ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo(
            "pattoo_agent_snmp.auth_groups[1].ip_targets: 10.0.0.1 is already in"
                + " pattoo_agent_snmp.auth_groups[0]");
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_community: a, snmp_timeot: 3, ip_targets: [10.0.0.1]}
                    """))
        .startsWith("pattoo_agent_snmp.auth_groups[0].snmp_timeot: unknown key");
  }

  @Test
  void theOriginalsDefaultsApply() throws Exception {
    assertThat(
            errorFor(
                GROUP
                    + """
                      auth_groups:
                        - {snmp_version: 3, snmp_secname: u, snmp_authpassword: longenough,
                           snmp_privpassword: longenough, ip_targets: [10.0.0.1]}
                    """))
        .isEqualTo("valid");
    Path file = dir.resolve("agent.yaml");
    AgentConfig cfg = AgentConfig.load(file, SnmpAgent.PROGRAM);
    UsmUser u = SnmpConfig.read(cfg.agentSection()).get(0).auth().user().orElseThrow();
    assertThat(u.auth()).isEqualTo(Optional.of(AuthProtocol.SHA));
    assertThat(u.priv()).isEqualTo(Optional.of(PrivProtocol.AES));
  }
}
