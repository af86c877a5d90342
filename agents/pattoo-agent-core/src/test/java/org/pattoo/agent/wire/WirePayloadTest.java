package org.pattoo.agent.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;

class WirePayloadTest {

  static final AgentIdentity EXAMPLE_AGENT =
      new AgentIdentity(
          "a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778",
          "pattoo_agent_example",
          "host1.example.org",
          300_000);

  @Test
  void reproducesTheWorkedExampleOfTheSpecByteForByteBarWhitespace() throws Exception {
    TargetData router =
        new TargetData(
            "router1.example.org",
            List.of(
                DataPoint.number(
                    "ifInOctets",
                    DataType.COUNTER64,
                    123456789L,
                    1600000000123L,
                    Metadata.of("ifName", "eth0"),
                    Metadata.descriptive("ifAlias", "uplink")),
                DataPoint.number(
                    "temperature",
                    DataType.FLOAT,
                    Double.parseDouble("21.5"),
                    1600000000456L,
                    Metadata.of("ifName", "eth0"))));

    String json =
        new String(
            WirePayload.json(EXAMPLE_AGENT, 1600000000000L, List.of(router)),
            StandardCharsets.UTF_8);

    String expected = Files.readString(Path.of("../../docs/examples/pattoo-worked-example.json"));
    assertThat(json.replaceAll("\\s", "")).isEqualTo(expected.replaceAll("\\s", ""));
  }

  @Test
  void checksumMatchesTheOriginalTestVector() {
    DataPoint p =
        DataPoint.number("testing", DataType.INT, 1, 0, Metadata.of("_testing", "_testing"));

    assertThat(p.checksum())
        .isEqualTo("306353a04200e3b889b18c6f78dd8e56a63a287218ec8424e22d31b4b961a905");
  }

  @Test
  void descriptiveMetadataDoesNotChangeTheIdentity() {
    DataPoint a = DataPoint.number("k", DataType.INT, 1, 0, Metadata.descriptive("alias", "a"));
    DataPoint b = DataPoint.number("k", DataType.INT, 2, 5, Metadata.descriptive("alias", "b"));

    assertThat(a.checksum()).isEqualTo(b.checksum());
  }

  @Test
  void repeatedMetadataKeepsTheFirstValueAndRepeatedSeriesTheFirstPoint() {
    DataPoint p =
        DataPoint.number("k", DataType.INT, 1, 0, Metadata.of("a", "1"), Metadata.of("A ", "2"));
    TargetData t =
        new TargetData(
            "t", List.of(p, DataPoint.number("k", DataType.INT, 9, 0, Metadata.of("a", "1"))));

    assertThat(p.metadata()).containsExactly(Metadata.of("a", "1"));
    assertThat(t.points()).containsExactly(p);
  }

  @Test
  void invalidPointsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> DataPoint.number(" ", DataType.INT, 1, 0))
        .hasMessage("key: expecting a non-empty string");
    assertThatThrownBy(() -> DataPoint.number("cpu", DataType.FLOAT, Double.NaN, 0))
        .hasMessage("cpu: expecting a finite number, found NaN");
    assertThatThrownBy(() -> Metadata.of("pattoo_x", "v"))
        .hasMessage("metadata key pattoo_x: \"pattoo\" is reserved");
  }

  @Test
  void stringsAreEscaped() {
    assertThat(Json.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
  }
}
