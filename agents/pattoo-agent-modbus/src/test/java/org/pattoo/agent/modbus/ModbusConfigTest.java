package org.pattoo.agent.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.run.AgentConfig;
import org.pattoo.agent.run.ConfigException;

class ModbusConfigTest {

  @TempDir Path tmp;

  private List<Target> targets(Path file) throws Exception {
    AgentConfig cfg = AgentConfig.load(file, ModbusAgent.PROGRAM);
    List<Target> targets = ModbusConfig.targets(cfg.agentSection());
    new ModbusAgent().collectors(cfg.agentSection()).forEach(c -> c.close());
    cfg.agentSection().finish();
    return targets;
  }

  private List<Target> group(String yaml) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "pattoo_agent_modbus:\n  polling_interval: 60\n  polling_groups:\n    - "
            + yaml.replace("\n", "\n      ")
            + "\n");
    return targets(file);
  }

  @Test
  void theShippedSampleConfigurationLoadsAsShipped() throws Exception {
    List<Target> targets = targets(Path.of("pattoo-agent-modbus.yaml"));

    assertThat(targets).hasSize(1);
    Target plc = targets.get(0);
    assertThat(plc.name()).isEqualTo("plc1.example.net");
    assertThat(plc.describe()).isEqualTo("unit 0 on tcp://plc1.example.net:502");
    assertThat(plc.timeoutMs()).isEqualTo(5000);
    assertThat(plc.points())
        .extracting(Point::key)
        .containsExactly(
            "coil_1",
            "discrete_input_10001",
            "input_register_30388",
            "input_register_30389",
            "holding_register_40124",
            "holding_register_40200",
            "holding_register_40210");
    assertThat(plc.points().get(6))
        .isEqualTo(
            new Point(
                RegisterKind.HOLDING_REGISTER, 40210, 209, ValueType.INT32, true, false, 0.1, -40));
  }

  @Test
  void originalAddressesMapToWireAddresses() throws Exception {
    Target t =
        group(
                "ip_targets: [10.0.0.2, plc.example.net]\nport: 5020\nunit: 3\n"
                    + "input_registers: [{address: 30001}, {address: 365536}]\n"
                    + "holding_registers: [{address: 49999}, {address: 400001}]\n"
                    + "coils: [{address: 65536}]\ndiscrete_inputs: [{address: 165536}]")
            .get(0);

    assertThat(t.name()).isEqualTo("10.0.0.2:5020");
    assertThat(t.points())
        .extracting(p -> p.kind().functionCode() + ":" + p.wireAddress())
        .containsExactly("1:65535", "2:65535", "4:0", "4:65535", "3:9998", "3:0");
  }

  @Test
  void aReferenceOutsideItsTableIsRefusedWithItsRanges() {
    assertThatThrownBy(() -> group("ip_targets: [plc]\nholding_registers: [{address: 124}]"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].holding_registers[0].address: expecting"
                + " 40001-49999 or 400001-465536, found 124");
  }

  @Test
  void aValueRunningPastTheLastRegisterIsRefused() {
    assertThatThrownBy(
            () -> group("ip_targets: [plc]\ninput_registers: [{address: 365536, type: float32}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].input_registers[0].address: a float32 at"
                + " 365536 runs past the last register");
  }

  @Test
  void anUnknownTypeOrOrderIsRefused() {
    assertThatThrownBy(
            () -> group("ip_targets: [plc]\nholding_registers: [{address: 40001, type: real}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].holding_registers[0].type: expecting int16,"
                + " uint16, int32, uint32, float32 or float64, found \"real\"");
    assertThatThrownBy(
            () ->
                group(
                    "ip_targets: [plc]\n"
                        + "holding_registers: [{address: 40001, word_order: CDAB}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].holding_registers[0].word_order: expecting"
                + " big or little, found \"cdab\"");
  }

  @Test
  void bitsTakeNoTypeAndMultipliersAreNumbers() {
    assertThatThrownBy(() -> group("ip_targets: [plc]\ncoils: [{address: 1, type: int16}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].coils[0].type: unknown key (expecting one of"
                + " [address])");
    assertThatThrownBy(
            () -> group("ip_targets: [plc]\nholding_registers: [{address: 40001, multiplier: x}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].holding_registers[0].multiplier: expecting a"
                + " number, found \"x\"");
  }

  @Test
  void aGroupNeedsTargetsAndPointsOnceEach() {
    assertThatThrownBy(() -> group("unit: 1\ncoils: [{address: 1}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].ip_targets: expecting one or more host names"
                + " or addresses");
    assertThatThrownBy(() -> group("ip_targets: [plc]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0]: expecting at least one of coils,"
                + " discrete_inputs, input_registers, holding_registers");
    assertThatThrownBy(() -> group("ip_targets: [plc]\ncoils: [{address: 3}, {address: 3}]"))
        .hasMessage("pattoo_agent_modbus.polling_groups[0]: coils lists address 3 twice");
    assertThatThrownBy(() -> group("ip_targets: [plc]\nunit: 256\ncoils: [{address: 3}]"))
        .hasMessage(
            "pattoo_agent_modbus.polling_groups[0].unit: expecting an integer 0-255, found 256");
  }
}
