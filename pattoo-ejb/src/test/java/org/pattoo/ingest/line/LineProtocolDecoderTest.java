package org.pattoo.ingest.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.Violations;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Series;

/**
 * What the golden cases (DecoderGoldenTest) cannot say: series identity, series reuse within a
 * request, the point limit, precisions.
 */
class LineProtocolDecoderTest {

  static final LineSeriesCache CACHE = new LineSeriesCache();
  static final IngestLimits ANY_TIME = new IngestLimits(1000, 4096, 0, Long.MAX_VALUE);
  static final LineSource SOURCE =
      new LineSource(
          "influx:telegraf",
          "influx",
          "10.0.0.9",
          1_700_000_000_000L,
          TimePrecision.NANOSECONDS,
          60_000);

  static SampleBatch decode(String body, LineSource source) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return LineProtocolDecoder.decode(bytes, bytes.length, source, ANY_TIME, CACHE);
  }

  static List<String> violations(String body) {
    return Violations.of(() -> decode(body, SOURCE));
  }

  @Test
  void seriesIdentityFollowsTheOriginalChecksumChain() throws Exception {
    Series s = decode("cpu,cpu=cpu0,host=web1 idle=1", SOURCE).seriesOf(0);

    // Worked out with coreutils, independently of SeriesIdentity:
    //   c1=$(printf %s cpu_idle101 | sha256sum)          e6d1e841...fa403913
    //   c2=$(printf %s "${c1}cpucpu0" | sha256sum)       227a8b4a...accd6704d
    //   printf %s "influx:telegrafweb1${c2}" | sha512sum
    assertThat(s.checksum())
        .isEqualTo(
            "4c9a2482b5c94284f858d7e9d9401b83b39b84a241952b90a57aa423ba5899b5"
                + "86f7023f9cf45db3e6952eb45ed65695653a8ec37916b2799bdeff94706c7270");
  }

  @Test
  void aRepeatedLineReusesItsSeriesAndAChangedTypeMakesAnother() throws Exception {
    SampleBatch batch =
        decode(
            "disk,host=a,dev=sda free=1 1\ndisk,host=a,dev=sda free=2i 2\n"
                + "disk,host=a,dev=sda free=3 3\ndisk,host=a,dev=sdb free=4 4",
            SOURCE);

    assertThat(batch.series()).hasSize(3);
    assertThat(batch.seriesOf(0)).isSameAs(batch.seriesOf(2));
    assertThat(batch.seriesOf(1).dataType()).isEqualTo(DataType.INT);
    assertThat(batch.seriesOf(3).labels()).containsExactly(new Label("influx_dev", "sdb"));
  }

  @Test
  void tooManyPointsIs413() {
    IngestLimits two = new IngestLimits(2, 4096, 0, Long.MAX_VALUE);
    byte[] body = "cpu a=1,b=2,c=3".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LineProtocolDecoder.decode(body, body.length, SOURCE, two, CACHE))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessage("more than 2 data points in one request (pattoo.ingest.max-points)");
  }

  @Test
  void precisionScalesTimestamps() {
    assertThat(TimePrecision.parse("s").orElseThrow().toMillis(1_700_000_000))
        .isEqualTo(1_700_000_000_000L);
    assertThat(TimePrecision.parse("us").orElseThrow().toMillis(1_700_000_000_000_123L))
        .isEqualTo(1_700_000_000_000L);
    assertThat(TimePrecision.parse("h").orElseThrow().toMillis(2)).isEqualTo(7_200_000L);
    assertThat(TimePrecision.parse("weeks")).isEmpty();
  }
}
