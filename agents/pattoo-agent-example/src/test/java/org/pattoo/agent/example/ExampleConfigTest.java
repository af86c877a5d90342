package org.pattoo.agent.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.run.AgentConfig;

class ExampleConfigTest {

  @TempDir Path tmp;

  private static List<Endpoint> endpoints(Path file) throws Exception {
    AgentConfig cfg = AgentConfig.load(file, ExampleAgent.PROGRAM);
    List<Endpoint> endpoints = ExampleConfig.endpoints(cfg.agentSection());
    cfg.agentSection().finish();
    return endpoints;
  }

  private List<Endpoint> endpoint(String yaml) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "pattoo_agent_example:\n  endpoints:\n    - " + yaml.replace("\n", "\n      ") + "\n");
    return endpoints(file);
  }

  @Test
  void theShippedSampleConfigurationLoadsAsShipped() throws Exception {
    List<Endpoint> endpoints = endpoints(Path.of("pattoo-agent-example.yaml"));

    assertThat(endpoints).hasSize(1);
    Endpoint e = endpoints.get(0);
    assertThat(e.target()).isEqualTo("roof-station");
    assertThat(e.timeout()).hasSeconds(5);
    assertThat(e.metadata()).containsExactly(Metadata.of("site", "roof"));
    assertThat(e.fields())
        .containsExactly(
            new Field("/temperature/value", "temperature", DataType.FLOAT),
            new Field("/rain/total_mm", "rain_total_mm", DataType.COUNTER32),
            new Field("/station/status", "station_status", DataType.STRING));
  }

  @Test
  void theReadmeEmbedsTheShippedSampleAsItIs() throws Exception {
    assertThat(Files.readString(Path.of("README.md")))
        .contains("```yaml\n" + Files.readString(Path.of("pattoo-agent-example.yaml")) + "```\n");
  }

  @Test
  void errorsNameTheKeyAtFault() {
    assertThatThrownBy(() -> endpoint("fields: [{pointer: /a}]"))
        .hasMessage("pattoo_agent_example.endpoints[0].url: missing");
    assertThatThrownBy(() -> endpoint("url: ftp://h/x\nfields: [{pointer: /a}]"))
        .hasMessage(
            "pattoo_agent_example.endpoints[0].url: expecting http:// or https://, found"
                + " \"ftp://h/x\"");
    assertThatThrownBy(() -> endpoint("url: http://h/x"))
        .hasMessage("pattoo_agent_example.endpoints[0].fields: expecting at least one field");
    assertThatThrownBy(() -> endpoint("url: http://h/x\nfields: [{pointer: a/b}]"))
        .hasMessage(
            "pattoo_agent_example.endpoints[0].fields[0].pointer: expecting a JSON pointer like"
                + " /temperature/value, found \"a/b\"");
    assertThatThrownBy(() -> endpoint("url: http://h/x\nfields: [{pointer: /a, type: gauge}]"))
        .hasMessage(
            "pattoo_agent_example.endpoints[0].fields[0].type: expecting int, float, counter,"
                + " counter64 or string, found \"gauge\"");
    assertThatThrownBy(() -> endpoint("url: http://h/x\ntimeout: 0\nfields: [{pointer: /a}]"))
        .hasMessage(
            "pattoo_agent_example.endpoints[0].timeout: expecting an integer 1-60, found 0");
    assertThatThrownBy(() -> endpoint("url: http://h/x\nfields: [{pointer: /a, kee: b}]"))
        .hasMessageStartingWith("pattoo_agent_example.endpoints[0].fields[0].kee: unknown key");
  }
}
