package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.run.AgentConfig;

class OpcUaConfigTest {

  @TempDir Path tmp;

  private OpcUaConfig config(Path file) throws Exception {
    AgentConfig cfg = AgentConfig.load(file, OpcUaAgent.PROGRAM);
    OpcUaConfig config = OpcUaConfig.read(cfg.agentSection());
    cfg.agentSection().finish();
    return config;
  }

  private Group group(String yaml) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "pattoo_agent_opcua:\n  polling_interval: 60\n  polling_groups:\n    - "
            + yaml.replace("\n", "\n      ")
            + "\n");
    return config(file).groups().get(0);
  }

  @Test
  void theShippedSampleConfigurationLoadsAsShipped() throws Exception {
    OpcUaConfig config = config(Path.of("pattoo-agent-opcua.yaml"));

    assertThat(config.pkiDirectory()).isEqualTo(Path.of("/var/lib/pattoo-agent-opcua/pki"));
    Group original = config.groups().get(0);
    assertThat(original.endpoint())
        .isEqualTo(URI.create("opc.tcp://server-01.opcua.example.net:4840"));
    assertThat(original.target()).isEqualTo("server-01.opcua.example.net");
    assertThat(original.identity())
        .isEqualTo(new Identity(Optional.of("opcua_username"), "opcua_password"));
    assertThat(original.policy()).isEqualTo(SecurityPolicy.None);
    assertThat(original.mode()).isEqualTo(Mode.POLL);
    assertThat(original.nodes())
        .containsExactly(
            new NodeSpec(
                Optional.of("ns=1;s=[OPCUA_SERVER_1]DischargehAirTemp.PV"), Optional.empty(), 1));
    Group plant = config.groups().get(1);
    assertThat(plant.securityMode()).isEqualTo(MessageSecurityMode.SignAndEncrypt);
    assertThat(plant.identity()).isEqualTo(Identity.ANONYMOUS);
    assertThat(plant.trustDirectory())
        .isEqualTo(Path.of("/var/lib/pattoo-agent-opcua/pki/trusted"));
    assertThat(plant.mode()).isEqualTo(Mode.SUBSCRIBE);
    assertThat(plant.deadband()).contains(0.5);
    assertThat(plant.samplingMs()).isEqualTo(1000);
    assertThat(plant.namespaces()).containsEntry("plant", "urn:example:plant");
    assertThat(plant.nodes())
        .extracting(NodeSpec::describe)
        .containsExactly("Objects/plant:Plant/*/Temperature", "Objects/plant:Plant/Line1/Running");
  }

  @Test
  void aGroupNeedsEitherAnEndpointOrAnIpTarget() {
    assertThatThrownBy(() -> group("nodes: [{address: \"ns=2;i=1\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0]: expecting either endpoint (opc.tcp://host:port)"
                + " or ip_target");
    assertThatThrownBy(() -> group("endpoint: http://plc:4840\nnodes: [{address: \"ns=2;i=1\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].endpoint: expecting opc.tcp://host:port, found"
                + " \"http://plc:4840\"");
  }

  @Test
  void securityModeMustFitThePolicy() {
    assertThatThrownBy(
            () ->
                group(
                    "endpoint: opc.tcp://plc:4840\nsecurity_mode: Sign\n"
                        + "nodes: [{address: \"ns=2;i=1\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].security_mode: Sign does not go with"
                + " security_policy None (None goes with None only)");
    assertThatThrownBy(
            () ->
                group(
                    "endpoint: opc.tcp://plc:4840\nsecurity_policy: Basic128Rsa15\n"
                        + "nodes: [{address: \"ns=2;i=1\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].security_policy: expecting None or"
                + " Basic256Sha256, found \"Basic128Rsa15\"");
  }

  @Test
  void nodesAreNodeIdsOrPathsFromObjects() {
    assertThatThrownBy(
            () -> group("endpoint: opc.tcp://plc:4840\nnodes: [{address: \"Temperature\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].nodes[0]: address: expecting a NodeId like"
                + " ns=2;i=1002 or nsu=urn:example;s=Name, found \"Temperature\"");
    assertThatThrownBy(
            () -> group("endpoint: opc.tcp://plc:4840\nnodes: [{path: \"Plant/Temperature\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].nodes[0]: path Plant/Temperature: expecting a"
                + " path starting with Objects/ or Root/");
    assertThatThrownBy(
            () -> group("endpoint: opc.tcp://plc:4840\nnodes: [{path: \"Objects/x:Plant\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].nodes[0]: path Objects/x:Plant: x is neither a"
                + " namespace index nor an alias in namespaces []");
    assertThatThrownBy(
            () ->
                group(
                    "endpoint: opc.tcp://plc:4840\n"
                        + "nodes: [{path: \"Objects/Plant\", address: \"ns=2;i=1\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].nodes[0]: expecting either address (a NodeId)"
                + " or path");
  }

  @Test
  void wildcardsMatchAnyCharactersWithinASegment() {
    BrowsePath p = BrowsePath.parse("Objects/2:Plant/Line*/Temp", java.util.Map.of());

    assertThat(p.segments()).hasSize(3);
    assertThat(p.segments().get(0).namespace()).contains("2");
    assertThat(p.segments().get(1).matches("Line1")).isTrue();
    assertThat(p.segments().get(1).matches("Line")).isTrue();
    assertThat(p.segments().get(1).matches("Pipeline1")).isFalse();
    assertThat(p.segments().get(2).matches("Temperature")).isFalse();
    assertThat(BrowsePath.parse("Objects/*", java.util.Map.of()).segments().get(0).matches("a.b"))
        .isTrue();
  }

  @Test
  void subscriptionOptionsAreChecked() {
    assertThatThrownBy(
            () ->
                group("endpoint: opc.tcp://plc:4840\nmode: push\nnodes: [{address: \"ns=2;i=1\"}]"))
        .hasMessage(
            "pattoo_agent_opcua.polling_groups[0].mode: expecting poll or subscribe, found"
                + " \"push\"");
    assertThatThrownBy(
            () ->
                group(
                    "endpoint: opc.tcp://plc:4840\nmode: subscribe\ndeadband: -1\n"
                        + "nodes: [{address: \"ns=2;i=1\"}]"))
        .hasMessageStartingWith(
            "pattoo_agent_opcua.polling_groups[0].deadband: expecting a number");
  }

  @Test
  void theOriginalLayoutGivesTheOriginalEndpointAndUser() throws Exception {
    Group g =
        group(
            "ip_target: 10.0.0.5\nusername: u\npassword: p\n"
                + "nodes: [{address: \"ns=1;s=A.PV\", multiplier: 0}]");

    assertThat(g.describe()).isEqualTo("opc.tcp://10.0.0.5:4840");
    assertThat(g.identity().toString()).isEqualTo("user u");
    assertThat(g.nodes())
        .containsExactly(new NodeSpec(Optional.of("ns=1;s=A.PV"), Optional.empty(), 0));
    assertThat(List.of(g.policy(), g.securityMode()))
        .containsExactly(SecurityPolicy.None, MessageSecurityMode.None);
  }
}
