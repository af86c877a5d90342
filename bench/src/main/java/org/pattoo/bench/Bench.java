package org.pattoo.bench;

import java.util.Set;

/**
 * Entry point of pattoo-bench.jar: runs the ingestion or the query benchmark against a running
 * server, and turns a bad option or a failed measurement into a one-line error.
 */
public final class Bench {

  private static final String HELP =
      """
      Usage: java -jar pattoo-bench.jar [--mode ingest|query] [options]

        --mode M           ingest: post synthetic points and time the posts (default)
                           query: time reads of a run seeded before with --mode ingest --format line
        --url URL          server base URL (default http://localhost:8080/pattoo)
        --token T          bearer token: an agent token for ingest (default: none, for a
                           loopback open network), an API token or access token for query
        --run NAME         ingest: names this run's agent (bucket / agent id), so runs never
                           collide (default bench-<epoch seconds>)
                           query: the run to read, i.e. the series of agent influx:NAME (required)
        --help             this text

      Ingest options:
        --format F         line (Influx line protocol, /api/v2/write) or pattoo (agent JSON)
                           (default line)
        --points N         data points to send in all (default 10000000)
        --series N         distinct series (default 10000)
        --batch N          data points per request (default 10000)
        --connections N    concurrent connections (default 2)
        --interval-ms N    time between a series' points (default 60000)

        Timestamps start on a 5-minute boundary and end within an interval and 5 minutes
        before now, so N points over S series at interval I cover about the last N / S * I ms:
        --points 10080000 --series 1000 --interval-ms 60000 is the last 7 days at 60 s.

      Query options (GraphQL, one request at a time):
        --series N         series of the run to read (default 1000); the run must have them
        --repeat N         timed requests per kind of read, after 5 warm-up ones (default 50)

        Kinds of read: series of 1 random series over the last 24 h; series of 100 (at most N) random
        series over the last 7 days; latest of all N series. Prints p50/p99/max latency,
        points per answer and the resolution the server chose; an error answer or one
        without data stops the benchmark.
      """;

  private static final Set<String> INGEST_OPTIONS =
      Set.of(
          "mode",
          "url",
          "token",
          "run",
          "format",
          "points",
          "series",
          "batch",
          "connections",
          "interval-ms");
  private static final Set<String> QUERY_OPTIONS =
      Set.of("mode", "url", "token", "run", "series", "repeat");

  private Bench() {}

  public static void main(String[] args) throws InterruptedException {
    try {
      Options opts = Options.parse(args);
      if (opts.has("help")) {
        System.out.print(HELP);
        return;
      }
      Server server = Server.of(opts);
      String mode = opts.get("mode", "ingest");
      switch (mode) {
        case "ingest" -> {
          opts.allowOnly(INGEST_OPTIONS, "in ingest mode");
          LoadGenerator.run(opts, server);
        }
        case "query" -> {
          opts.allowOnly(QUERY_OPTIONS, "in query mode");
          QueryBenchmark.run(opts, server);
        }
        default ->
            throw new IllegalArgumentException("--mode: expecting ingest or query, found " + mode);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("pattoo-bench: " + e.getMessage());
      System.exit(2);
    } catch (IllegalStateException e) {
      System.err.println("pattoo-bench: " + e.getMessage());
      System.exit(1);
    }
  }
}
