package org.pattoo.bench.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times GraphQL reads of a run seeded with the line protocol, one request at a time, and prints per
 * kind of read its latency percentiles, the points per answer and the resolution the server chose.
 */
final class QueryBenchmark {

  /**
   * Untimed requests per kind first, so JIT compilation and cold caches do not count: the server's
   * and this client's own (with 5, the client's compiling still showed in the first timed reads).
   */
  private static final int WARM_UP = 20;

  private static final long PROGRESS_NANOS = 5_000_000_000L;

  private QueryBenchmark() {}

  /** Times reads of the first {@code series} series of line-protocol run {@code run}. */
  static void run(GraphQL graphql, String run, int series, int repeat) throws InterruptedException {
    System.out.printf("listing %,d series of influx:%s%n", series, run);
    List<Long> ids = RunSeries.of(graphql, run, series);
    List<Read> reads =
        List.of(
            new SeriesRead(ids, 1, 24),
            new SeriesRead(ids, Math.min(100, series), 7 * 24),
            new LatestRead(ids));
    Random random = new Random(1); // the same picks every time, so runs compare
    List<String> rows = new ArrayList<>();
    for (Read read : reads) {
      rows.add(measure(graphql, read, repeat, random).row(read.name()));
    }
    System.out.println();
    System.out.print(ReadReport.header());
    rows.forEach(System.out::print);
  }

  private static ReadReport measure(GraphQL graphql, Read read, int repeat, Random random)
      throws InterruptedException {
    System.out.printf("%s: %d warm-up and %d timed requests%n", read.name(), WARM_UP, repeat);
    ReadReport report = new ReadReport();
    long reported = System.nanoTime();
    for (int i = -WARM_UP; i < repeat; i++) {
      GraphQL.Reply reply = graphql.send(read.query(), read.variables(random));
      Answer answer = read.check(reply.data()); // warm-up answers are checked too
      if (i >= 0) {
        report.add(reply.nanos(), answer);
      }
      if (System.nanoTime() - reported > PROGRESS_NANOS) {
        System.out.printf(
            report.count() == 0
                ? "  %d of %d requests (warming up)%n"
                : "  %d of %d requests, p50 of the timed ones so far %.1f ms%n",
            i + WARM_UP + 1,
            repeat + WARM_UP,
            report.latencies().percentileMs(50));
        reported = System.nanoTime();
      }
    }
    return report;
  }
}
