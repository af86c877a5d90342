package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pattoo.series.Series;

/** What the decoders' golden cases share: finding the case folders, and a sample as a line. */
final class Golden {

  private Golden() {}

  /** Decodes a case's body. */
  interface Decoding {
    SampleBatch run() throws Exception;
  }

  /**
   * Checks a case: its {@code expected.err} problems if it has that file, else the samples of its
   * {@code expected.txt}.
   */
  static void check(Path dir, Decoding decoding) throws Exception {
    if (Files.exists(dir.resolve("expected.err"))) {
      assertThat(Violations.of(decoding::run))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.err")));
    } else {
      assertThat(samples(decoding.run()))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.txt")));
    }
  }

  /** The case folders under {@code src/test/resources/ingest/<format>}, by name. */
  static Stream<String> cases(String format) throws Exception {
    try (Stream<Path> dirs = Files.list(dir(format))) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  static Path dir(String format) {
    return Path.of("src/test/resources/ingest", format);
  }

  /** Each sample as a line of expected.txt: agent target host key type [labels] ts value. */
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
