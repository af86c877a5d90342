package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.config.IngestLimits;

/**
 * The line-protocol golden cases, Telegraf-style: a folder per case under {@code
 * src/test/resources/ingest/line/} with the body and the samples or problems expected (written by
 * hand; the folder's README gives the format).
 */
class LineProtocolGoldenTest {

  static Stream<String> cases() throws Exception {
    return Golden.cases("line");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesAsExpected(String name) throws Exception {
    Path dir = Golden.dir("line").resolve(name);
    byte[] body = Files.readAllBytes(dir.resolve("body.txt"));
    TimePrecision precision =
        Files.exists(dir.resolve("precision"))
            ? TimePrecision.parse(Files.readString(dir.resolve("precision")).strip()).orElseThrow()
            : TimePrecision.NANOSECONDS;
    LineSource source =
        new LineSource(
            "influx:telegraf", "influx", "10.0.0.9", 1_700_000_000_000L, precision, 60_000);
    IngestLimits limits = LineProtocolDecoderTest.ANY_TIME;

    if (Files.exists(dir.resolve("expected.err"))) {
      assertThat(
              Violations.of(
                  () ->
                      LineProtocolDecoder.decode(
                          body, body.length, source, limits, new LineSeriesCache())))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.err")));
    } else {
      assertThat(
              Golden.samples(
                  LineProtocolDecoder.decode(
                      body, body.length, source, limits, new LineSeriesCache())))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.txt")));
    }
  }
}
