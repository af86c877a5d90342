package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pattoo.bench.Bench;

class DecodeCommandTest {

  /**
   * Every point of every body decodes: 100 line bodies of 10,000 points and 100 JSON bodies of
   * 1,000 points a round. Only the counts are checked; the timings are what it is for.
   */
  @Test
  void decodesEveryPointOfBothFormats() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = Bench.commandLine().execute("decode", "--rounds", "1", "--series", "50");
    } finally {
      System.setOut(stdout);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isEqualTo(0);
    assertThat(text)
        .contains("==> decoding line protocol: 50 series, 1 rounds")
        .contains("round  1: 1,000,000 points,")
        .contains("==> decoding pattoo agent JSON: 50 series, 1 rounds")
        .contains("round  1: 100,000 points,")
        .containsPattern("line protocol: best [0-9,]+ ns/point")
        .containsPattern("pattoo agent JSON: best [0-9,]+ ns/point");
  }
}
