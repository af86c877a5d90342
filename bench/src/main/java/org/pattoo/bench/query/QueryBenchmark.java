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
   * Untimed requests per kind first, so JIT compilation and cold caches do not count: at least this
   * many, for at least {@link #WARM_UP_NANOS}. `./pattoo bench` deploys the application afresh, and
   * 5 requests left the 24-hour read three times slower than the server answers once warm (22 ms
   * p50 against 7); after 5 s its p50 and p99 were still 2.9 and 13.1 ms, after 20 s 2.5 and 7.9,
   * as curl then measured them (1.5 and 5.1).
   */
  private static final int WARM_UP = 20;

  private static final long WARM_UP_NANOS = 20_000_000_000L;

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
    System.out.printf(
        "%s: %d or more warm-up requests over %d s, then %d timed ones%n",
        read.name(), WARM_UP, WARM_UP_NANOS / 1_000_000_000L, repeat);
    long start = System.nanoTime();
    for (int i = 0; i < WARM_UP || System.nanoTime() - start < WARM_UP_NANOS; i++) {
      read.check(graphql.send(read.query(), read.variables(random)).data()); // checked too
    }
    ReadReport report = new ReadReport();
    long reported = System.nanoTime();
    for (int i = 0; i < repeat; i++) {
      GraphQL.Reply reply = graphql.send(read.query(), read.variables(random));
      report.add(reply.nanos(), read.check(reply.data()));
      if (System.nanoTime() - reported > PROGRESS_NANOS) {
        System.out.printf(
            "  %d of %d requests, p50 so far %.1f ms%n",
            i + 1, repeat, report.latencies().percentileMs(50));
        reported = System.nanoTime();
      }
    }
    return report;
  }
}
