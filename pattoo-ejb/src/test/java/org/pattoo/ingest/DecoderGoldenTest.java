package org.pattoo.ingest;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.json.PattooJsonDecoder;
import org.pattoo.ingest.line.LineProtocolDecoder;
import org.pattoo.ingest.line.LineSeriesCache;
import org.pattoo.ingest.line.LineSource;
import org.pattoo.ingest.line.TimePrecision;

/**
 * Both formats' golden cases, Telegraf-style: a folder per case under {@code
 * src/test/resources/ingest/<format>/} with the body and the samples or problems expected, written
 * by hand (each format's README gives the layout).
 */
class DecoderGoldenTest {

  static final IngestLimits ANY_TIME = new IngestLimits(1000, 4096, 0, Long.MAX_VALUE);

  static Stream<String> lineCases() throws Exception {
    return Golden.cases("line");
  }

  static Stream<String> pattooCases() throws Exception {
    return Golden.cases("pattoo");
  }

  @ParameterizedTest(name = "line/{0}")
  @MethodSource("lineCases")
  void lineProtocolDecodesAsExpected(String name) throws Exception {
    Path dir = Golden.dir("line").resolve(name);
    byte[] body = Files.readAllBytes(dir.resolve("body.txt"));
    TimePrecision precision =
        Files.exists(dir.resolve("precision"))
            ? TimePrecision.parse(Files.readString(dir.resolve("precision")).strip()).orElseThrow()
            : TimePrecision.NANOSECONDS;
    LineSource source =
        new LineSource(
            "influx:telegraf", "influx", "10.0.0.9", 1_700_000_000_000L, precision, 60_000);
    Golden.check(
        dir,
        () ->
            LineProtocolDecoder.decode(body, body.length, source, ANY_TIME, new LineSeriesCache()));
  }

  @ParameterizedTest(name = "pattoo/{0}")
  @MethodSource("pattooCases")
  void pattooJsonDecodesAsExpected(String name) throws Exception {
    Path dir = Golden.dir("pattoo").resolve(name);
    byte[] body = Files.readAllBytes(dir.resolve("body.json"));
    Golden.check(
        dir,
        () ->
            PattooJsonDecoder.decode(new ByteArrayInputStream(body), ANY_TIME, new SeriesCache()));
  }
}
