package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The line-protocol golden cases, Telegraf-style: a folder per case under {@code
 * src/test/resources/ingest/line/} with the body and the samples or problems expected (written by
 * hand; the folder's README gives the format).
 */
class LineProtocolGoldenTest {

  static final Path CASES = Path.of("src/test/resources/ingest/line");

  static Stream<String> cases() throws Exception {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesAsExpected(String name) throws Exception {
    Path dir = CASES.resolve(name);
    byte[] body = Files.readAllBytes(dir.resolve("body.txt"));
    TimePrecision precision =
        Files.exists(dir.resolve("precision"))
            ? TimePrecision.parse(Files.readString(dir.resolve("precision")).strip()).orElseThrow()
            : TimePrecision.NANOSECONDS;
    LineSource source =
        new LineSource(
            "influx:telegraf", "influx", "10.0.0.9", 1_700_000_000_000L, precision, 60_000);

    if (Files.exists(dir.resolve("expected.err"))) {
      assertThat(
              Violations.of(
                  () ->
                      LineProtocolDecoder.decode(
                          body, body.length, source, LineProtocolDecoderTest.ANY_TIME)))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.err")));
    } else {
      SampleBatch batch =
          LineProtocolDecoder.decode(body, body.length, source, LineProtocolDecoderTest.ANY_TIME);
      assertThat(samples(batch))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.txt")));
    }
  }

  /** Each sample as a line of expected.txt. */
  static List<String> samples(SampleBatch batch) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Series s = batch.seriesOf(i);
      String labels =
          s.labels().stream().map(l -> l.key() + "=" + l.value()).collect(Collectors.joining(";"));
      String value =
          batch.text(i) != null ? "\"" + batch.text(i) + "\"" : Double.toString(batch.value(i));
      out.add(
          String.join(
              " ",
              s.agentId(),
              s.target(),
              s.hostname(),
              s.key(),
              s.dataType().name(),
              "[" + labels + "]",
              Long.toString(batch.timestamp(i)),
              value));
    }
    return out;
  }
}
