package org.pattoo.bench.query;

import java.util.concurrent.Callable;
import org.pattoo.bench.Positive;
import org.pattoo.bench.Say;
import org.pattoo.bench.Server;
import org.pattoo.bench.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code query}: the query benchmark's command line; the defaults are the documented run. */
@Command(
    name = "query",
    sortOptions = false,
    description = {
      "Times how long rollups take to catch up with a 7-day seed, then GraphQL reads of it.",
      "",
      "Seeds a fresh run of --series series x 7 days at 60 s (line protocol) and prints how long"
          + " the rollups take to catch up with it. Once folding has settled too (the seed's rows"
          + " folded into chunks), it times reads of it, one request at a time:"
          + " series of 1 random series over the last 24 h, series of 100 (at most --series) over"
          + " the last 7 days, latest of all --series series; prints p50/p99/max latency, points"
          + " per answer and the resolution the server chose. An error answer or one without"
          + " data stops it.",
      ""
    })
public final class QueryCommand implements Callable<Integer> {

  @Option(
      names = "--series",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "series to seed and read (default: ${DEFAULT-VALUE})")
  private int series = 1000;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      converter = Positive.Int.class,
      description =
          "timed requests per kind of read, after 20 or more warm-up ones over 20 s; a p99 needs"
              + " hundreds (default: ${DEFAULT-VALUE})")
  private int repeat = 1000;

  @Option(
      names = "--run",
      paramLabel = "NAME",
      description =
          "read this earlier run (its line-protocol bucket, agent influx:NAME) instead of seeding"
              + " one; it needs at least --series series")
  private String run;

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    if (server.checkOnly()) {
      return 0;
    }
    run(server.server());
    return 0;
  }

  /** The benchmark as the options say, against {@code server}. */
  public void run(Server server) throws InterruptedException {
    String name = run != null ? run : Seed.run(server, series);
    Say.step("query benchmark: reads of run " + name + ", one request at a time");
    QueryBenchmark.run(new GraphQL(server), name, series, repeat);
  }
}
