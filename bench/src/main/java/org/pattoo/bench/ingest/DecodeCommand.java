package org.pattoo.bench.ingest;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import org.pattoo.bench.Positive;
import org.pattoo.bench.Say;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.SeriesCache;
import org.pattoo.ingest.json.PattooJsonDecoder;
import org.pattoo.ingest.line.LineProtocolDecoder;
import org.pattoo.ingest.line.LineSeriesCache;
import org.pattoo.ingest.line.LineSource;
import org.pattoo.ingest.line.TimePrecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code decode}: the server's two decoders timed in this process, over the bodies {@code ingest}
 * posts, so the Java side of ingestion is measured apart from HTTP and PostgreSQL.
 */
@Command(
    name = "decode",
    sortOptions = false,
    description = {
      "Times the server's decoders in-process, no server needed: nanoseconds per point.",
      "",
      "Decodes the bodies `ingest` posts (line protocol in 10,000-point bodies, agent JSON in"
          + " 1,000-point bodies) round after round with the server's caches kept between bodies,"
          + " as a running server keeps them, and prints each round and the best and median.",
      ""
    })
public final class DecodeCommand implements Callable<Integer> {

  private static final IngestLimits ANY_TIME = new IngestLimits(100_000, 4096, 0, Long.MAX_VALUE);

  @Option(
      names = "--series",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "distinct series (default: ${DEFAULT-VALUE})")
  private int series = 10_000;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "rounds per format, each decoding 100 bodies (default: ${DEFAULT-VALUE})")
  private int rounds = 20;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  private boolean help;

  /** Decodes one body; returns its points. */
  private interface Decoder {
    int decode(byte[] body) throws Exception;
  }

  @Override
  public Integer call() throws Exception {
    long start = 1_700_000_000_000L;
    Payloads lines = new Payloads("bench-decode", series, 10_000, start, 60_000);
    LineSource source =
        new LineSource(
            "influx:bench", "influx", "127.0.0.1", start, TimePrecision.MILLISECONDS, 60_000);
    LineSeriesCache lineCache = new LineSeriesCache();
    time(
        "line protocol",
        bodies(100, lines::lines),
        b -> LineProtocolDecoder.decode(b, b.length, source, ANY_TIME, lineCache).size());
    Payloads json = new Payloads("bench-decode", series, 1_000, start, 60_000);
    SeriesCache jsonCache = new SeriesCache();
    time(
        "pattoo agent JSON",
        bodies(100, json::pattooJson),
        b -> PattooJsonDecoder.decode(new ByteArrayInputStream(b), ANY_TIME, jsonCache).size());
    return 0;
  }

  private static byte[][] bodies(int count, LongFunction<byte[]> body) {
    byte[][] all = new byte[count][];
    Arrays.setAll(all, i -> body.apply(i));
    return all;
  }

  private void time(String format, byte[][] bodies, Decoder decoder) throws Exception {
    Say.step("decoding " + format + ": " + series + " series, " + rounds + " rounds");
    double[] nsPerPoint = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long points = 0;
      long began = System.nanoTime();
      for (byte[] body : bodies) {
        points += decoder.decode(body);
      }
      nsPerPoint[r] = (System.nanoTime() - began) / (double) points;
      System.out.printf("  round %2d: %,d points, %,6.0f ns/point%n", r + 1, points, nsPerPoint[r]);
    }
    double[] sorted = nsPerPoint.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: best %,.0f ns/point (%,.0f points/s on one core), median %,.0f ns/point%n",
        format, sorted[0], 1e9 / sorted[0], sorted[rounds / 2]);
  }
}
