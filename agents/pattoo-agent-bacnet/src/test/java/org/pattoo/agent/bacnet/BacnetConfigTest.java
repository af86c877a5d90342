package org.pattoo.agent.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.run.AgentConfig;
import org.pattoo.agent.run.ConfigException;

/** The agent's section: defaults, the original layout, and errors naming the key at fault. */
class BacnetConfigTest {

  @TempDir Path tmp;

  private Settings read(String section) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(file, section);
    AgentConfig cfg =
        AgentConfig.load(file, BacnetAgent.PROGRAM, new BacnetAgent().formerSections());
    Settings s = BacnetConfig.read(cfg.agentSection());
    cfg.agentSection().finish();
    return s;
  }

  @Test
  void theOriginalLayoutReadsAddressesAsAnalogValuesWithDefaults() throws Exception {
    Settings s =
        read(
            "pattoo_agent_bacnetipd:\n  polling_interval: 300\n  agent_ip_address: 10.0.0.1\n"
                + "  polling_groups:\n    - group_name: AHU\n      ip_targets: [10.0.0.50, h2]\n"
                + "      points: [{address: 162}, {address: 134, multiplier: 8}]\n");

    assertThat(s.localAddress()).isEqualTo("10.0.0.1");
    assertThat(s.localPort()).isEqualTo(47808);
    assertThat(s.timeoutMs()).isEqualTo(3000);
    assertThat(s.retries()).isEqualTo(2);
    assertThat(s.readMultiple()).isTrue();
    assertThat(s.devices()).hasSize(2);
    assertThat(s.devices().get(1).name()).isEqualTo("h2");
    assertThat(s.devices().get(0).points())
        .containsExactly(new Point(new ObjectId(2, 162), 1), new Point(new ObjectId(2, 134), 8));
    assertThat(s.devices().get(0).points().get(0).key()).isEqualTo("analog_value_point_162");
  }

  @Test
  void groupsPollByDefaultAndSubscribeInCovModeForCovLifetime() throws Exception {
    Settings s =
        read(
            "pattoo_agent_bacnet:\n  agent_ip_address: 10.0.0.1\n  polling_groups:\n"
                + "    - ip_targets: [10.0.0.50]\n      points: [{address: 1}]\n"
                + "    - ip_targets: [10.0.0.51]\n      mode: cov\n"
                + "      points: [{address: 1}]\n"
                + "    - ip_targets: [10.0.0.52]\n      mode: cov\n      cov_lifetime: 900\n"
                + "      points: [{address: 1}]\n");

    assertThat(s.devices()).extracting(Device::covLifetime).containsExactly(0L, 300L, 900L);
    assertThat(s.devices()).extracting(Device::cov).containsExactly(false, true, true);
  }

  @Test
  void anUnknownModeIsAnErrorNamingIt() {
    assertThatThrownBy(
            () ->
                read(
                    "pattoo_agent_bacnet:\n  agent_ip_address: 10.0.0.1\n  polling_groups:\n"
                        + "    - ip_targets: [10.0.0.50]\n      mode: push\n"
                        + "      points: [{address: 1}]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "pattoo_agent_bacnet.polling_groups[0].mode: expecting poll or cov, found \"push\"");
  }

  @Test
  void aPortOtherThan47808NamesTheTarget() throws Exception {
    Settings s =
        read(
            "pattoo_agent_bacnet:\n  agent_ip_address: 10.0.0.1\n  polling_groups:\n"
                + "    - ip_targets: [10.0.0.50]\n      port: 47809\n"
                + "      points: [{object: multi-state-output:6}]\n");

    assertThat(s.devices().get(0).name()).isEqualTo("10.0.0.50:47809");
    assertThat(s.devices().get(0).points().get(0).key()).isEqualTo("multi_state_output_point_6");
  }

  @Test
  void aPointNeedsEitherAddressOrObject() {
    assertThatThrownBy(
            () ->
                read(
                    "pattoo_agent_bacnet:\n  agent_ip_address: 10.0.0.1\n  polling_groups:\n"
                        + "    - ip_targets: [10.0.0.50]\n"
                        + "      points: [{address: 1, object: analog-input:1}]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith(
            "pattoo_agent_bacnet.polling_groups[0].points[0]: expecting either address or object");
  }

  @Test
  void anObjectListedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "pattoo_agent_bacnet:\n  agent_ip_address: 10.0.0.1\n  polling_groups:\n"
                        + "    - ip_targets: [10.0.0.50]\n"
                        + "      points: [{address: 5}, {object: analog-value:5}]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith(
            "pattoo_agent_bacnet.polling_groups[0].points[1]: analog-value:5 is listed twice");
  }

  @Test
  void anInstanceAboveTheMaximumIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "pattoo_agent_bacnet:\n  agent_ip_address: 10.0.0.1\n  polling_groups:\n"
                        + "    - ip_targets: [10.0.0.50]\n"
                        + "      points: [{object: analog-input:4194304}]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("points[0].object: expecting <type>:<instance>");
  }

  @Test
  void theReadmeEmbedsTheShippedSampleAsItIs() throws Exception {
    String sample = Files.readString(Path.of("pattoo-agent-bacnet.yaml"));
    assertThat(Files.readString(Path.of("README.md"))).contains("```yaml\n" + sample + "```");
  }
}
