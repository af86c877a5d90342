package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {

  private static ConfigNode node(Map<String, Object> values) {
    return new ConfigNode("agent", values);
  }

  @Test
  void mappingKeepsTheDocumentOrderAndWritesScalarsAsText() throws Exception {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("site", "lab");
    labels.put("rack", 7);
    labels.put("aisle", "b");

    Map<String, String> read = node(Map.of("metadata", labels)).mapping("metadata");

    assertThat(read)
        .containsExactly(Map.entry("site", "lab"), Map.entry("rack", "7"), Map.entry("aisle", "b"));
    assertThat(node(Map.of()).mapping("metadata")).isEmpty();
  }

  @Test
  void mappingNamesAWrongShapeByItsPath() {
    assertThatThrownBy(() -> node(Map.of("metadata", "site=lab")).mapping("metadata"))
        .hasMessage("agent.metadata: expecting a mapping, found \"site=lab\"");
    assertThatThrownBy(
            () -> node(Map.of("metadata", Map.of("site", List.of("a")))).mapping("metadata"))
        .hasMessage("agent.metadata.site: expecting a string, found a list");
  }
}
