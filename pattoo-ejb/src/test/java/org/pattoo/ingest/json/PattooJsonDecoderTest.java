package org.pattoo.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.SeriesCache;
import org.pattoo.ingest.Violations;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/**
 * What the golden cases (DecoderGoldenTest) cannot say: the spec's worked example as shipped in
 * docs/examples, checksum vectors, malformed JSON, limits, hostile bodies.
 */
class PattooJsonDecoderTest {

  static final String WORKED_EXAMPLE = "../docs/examples/pattoo-worked-example.json";
  static final IngestLimits ANY_TIME = new IngestLimits(1000, 4096, 0, Long.MAX_VALUE);

  static SampleBatch decode(String json, IngestLimits limits) throws Exception {
    return PattooJsonDecoder.decode(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), limits, new SeriesCache());
  }

  static String workedExample() throws Exception {
    return Files.readString(Path.of(WORKED_EXAMPLE));
  }

  /** A one-datapoint post; {@code extraPairs} are added to the datapoint's pairs. */
  static String post(String type, String value, String extraPairs) {
    return """
        {"pattoo_agent_id": "agent1", "pattoo_agent_polling_interval": 60000,
         "pattoo_agent_timestamp": 1600000000000,
         "pattoo_datapoints": {"key_value_pairs": {
           "0": ["pattoo_agent_id", "agent1"], "1": ["pattoo_agent_program", "prog"],
           "2": ["pattoo_agent_hostname", "h1"], "3": ["pattoo_agent_polled_target", "t1"],
           "4": ["pattoo_key", "k"], "5": ["pattoo_data_type", %s], "6": ["pattoo_value", %s],
           "7": ["pattoo_timestamp", 1600000000000], "8": ["pattoo_checksum", "c"]%s},
          "datapoint_pairs": [[0,1,2,3,4,5,6,7,8%s]]}}"""
        .formatted(
            type,
            value,
            extraPairs.isEmpty() ? "" : ", " + extraPairs,
            extraPairs.isEmpty() ? "" : ",9");
  }

  static List<String> violations(String json, IngestLimits limits) {
    return Violations.of(() -> decode(json, limits));
  }

  @Test
  void decodesTheWorkedExampleOfTheSpec() throws Exception {
    SampleBatch batch = decode(workedExample(), ANY_TIME);

    assertThat(batch.size()).isEqualTo(2);
    Series counter = batch.seriesOf(0);
    assertThat(counter.checksum()).startsWith("351133c96fc8").endsWith("19189466");
    assertThat(counter.key()).isEqualTo("pattoo_agent_example_ifinoctets");
    assertThat(counter.dataType()).isEqualTo(DataType.COUNTER64);
    assertThat(counter.agentId()).startsWith("a3f1c2d4");
    assertThat(counter.target()).isEqualTo("router1.example.org");
    assertThat(counter.hostname()).isEqualTo("host1.example.org");
    assertThat(counter.program()).isEqualTo("pattoo_agent_example");
    assertThat(counter.pollingIntervalMs()).isEqualTo(300_000);
    assertThat(counter.labels())
        .containsExactly(
            new Label("pattoo_agent_example_ifalias", "uplink"),
            new Label("pattoo_agent_example_ifname", "eth0"));
    assertThat(batch.timestamp(0)).isEqualTo(1600000000123L);
    assertThat(batch.value(0)).isEqualTo(123456789d);

    Series temperature = batch.seriesOf(1);
    assertThat(temperature.key()).isEqualTo("pattoo_agent_example_temperature");
    assertThat(temperature.dataType()).isEqualTo(DataType.FLOAT);
    assertThat(temperature.labels())
        .containsExactly(new Label("pattoo_agent_example_ifname", "eth0"));
    assertThat(batch.value(1)).isEqualTo(21.5);
    assertThat(batch.timestamp(1)).isEqualTo(1600000000456L);
  }

  @Test
  void seriesChecksumIsSha512OfAgentTargetAndAgentChecksum() {
    assertThat(SeriesIdentity.checksum("1", "2", "3"))
        .startsWith("3c9909afec25")
        .endsWith("bca5c44c2")
        .hasSize(128);
  }

  @Test
  void agentChecksumChainMatchesTheOriginalVectors() {
    assertThat(SeriesIdentity.sha256("unittest"))
        .isEqualTo("df08227309c92f2f3f030b423009e697445371283d89352a26d064d39fb73c36");
    String chain = SeriesIdentity.sha256("testing" + 99);
    chain = SeriesIdentity.sha256(chain + "_testing" + "_testing");
    assertThat(chain).isEqualTo("306353a04200e3b889b18c6f78dd8e56a63a287218ec8424e22d31b4b961a905");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    assertThat(violations("{\"pattoo_agent_id\": ", ANY_TIME))
        .singleElement()
        .asString()
        .startsWith("$: malformed JSON at line 1, column");
  }

  @Test
  void timestampOutsideTheWindowIsRejected() {
    IngestLimits recentOnly = new IngestLimits(1000, 4096, 1700000000000L, 1800000000000L);

    assertThat(violations(post("99", "1", ""), recentOnly))
        .containsExactly(
            "$.pattoo_datapoints.datapoint_pairs[0]: pattoo_timestamp: 1600000000000"
                + " (2020-09-13T12:26:40Z) is outside the accepted window 2023-11-14T22:13:20Z to"
                + " 2027-01-15T08:00:00Z (pattoo.ingest.max-age, pattoo.ingest.max-future)");
  }

  @Test
  void tooManyDatapointsIs413() {
    IngestLimits one = new IngestLimits(1, 4096, 0, Long.MAX_VALUE);
    String two = post("99", "1", "").replace("[[0,1,2,3,4,5,6,7,8]]", "[[0,1,2,3,4,5,6,7,8],[0]]");

    assertThatThrownBy(() -> decode(two, one))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessage("more than 1 datapoints in one request (pattoo.ingest.max-points)");
  }

  @Test
  void megabyteStringIsRejectedByLength() {
    String huge = "x".repeat(1_000_000);

    assertThat(violations(post("2", "\"" + huge + "\"", ""), ANY_TIME))
        .containsExactly(
            "$.pattoo_datapoints.datapoint_pairs[0]: pattoo_value: longer than 4096 characters"
                + " (pattoo.ingest.max-string-length): 1000000");
  }

  @Test
  void deepNestingFailsFastWithoutExhaustingTheStack() {
    String deep = "{\"pattoo_agent_id\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";

    assertThat(violations(deep, ANY_TIME)).singleElement().asString().startsWith("$");
  }
}
