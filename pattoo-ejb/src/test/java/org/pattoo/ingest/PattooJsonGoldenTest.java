package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.config.IngestLimits;

/**
 * The pattoo agent JSON golden cases: a folder per case under {@code
 * src/test/resources/ingest/pattoo/} with the body and the samples or problems expected.
 */
class PattooJsonGoldenTest {

  static Stream<String> cases() throws Exception {
    return Golden.cases("pattoo");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesAsExpected(String name) throws Exception {
    Path dir = Golden.dir("pattoo").resolve(name);
    byte[] body = Files.readAllBytes(dir.resolve("body.json"));
    IngestLimits limits = PattooJsonDecoderTest.ANY_TIME;

    if (Files.exists(dir.resolve("expected.err"))) {
      assertThat(
              Violations.of(() -> PattooJsonDecoder.decode(new ByteArrayInputStream(body), limits)))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.err")));
    } else {
      assertThat(Golden.samples(PattooJsonDecoder.decode(new ByteArrayInputStream(body), limits)))
          .containsExactlyElementsOf(Files.readAllLines(dir.resolve("expected.txt")));
    }
  }
}
