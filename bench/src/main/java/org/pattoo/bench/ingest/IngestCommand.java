package org.pattoo.bench.ingest;

import java.util.List;
import java.util.concurrent.Callable;
import org.pattoo.bench.Positive;
import org.pattoo.bench.Server;
import org.pattoo.bench.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ingest}: the ingestion benchmark's command line; the defaults are the documented runs. */
@Command(
    name = "ingest",
    sortOptions = false,
    description = {
      "Times ingestion in each format and prints the bytes per stored sample.",
      "",
      "Posts synthetic points in line protocol, then in pattoo agent JSON, each run starting when"
          + " the rollup job is idle, and prints points/s and request latency per run, then the"
          + " bytes the runs added to the numeric sample partitions per point posted.",
      "",
      "Timestamps start on a 5-minute boundary and end within an interval and 5 minutes before"
          + " now, so N points over S series at interval I cover about the last N / S * I ms.",
      ""
    })
public final class IngestCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = Format.Converter.class,
      description =
          "only this format: line (Influx line protocol, /api/v2/write) or pattoo (agent JSON)"
              + " (default: both)")
  private Format format;

  @Option(
      names = "--points",
      paramLabel = "N",
      converter = Positive.class,
      description = "data points each run sends (default: ${DEFAULT-VALUE})")
  private long points = 10_000_000;

  @Option(
      names = "--series",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "distinct series (default: ${DEFAULT-VALUE})")
  private int series = 10_000;

  @Option(
      names = "--batch",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "data points per request (default: 10000 for line, 1000 for pattoo)")
  private Integer batch;

  @Option(
      names = "--connections",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "concurrent connections (default: ${DEFAULT-VALUE})")
  private int connections = 2;

  @Option(
      names = "--interval-ms",
      paramLabel = "N",
      converter = Positive.class,
      description = "time between a series' points (default: ${DEFAULT-VALUE})")
  private long intervalMs = 60_000;

  @Option(
      names = "--run",
      paramLabel = "NAME",
      description =
          "names the runs' bucket and agent id, so runs never collide (default: bench-<epoch"
              + " seconds>)")
  private String run;

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    List<IngestRun> runs = runs(); // checks the figures before anything is sent
    if (server.checkOnly()) {
      return 0;
    }
    IngestBenchmark.run(server.server(), runs);
    return 0;
  }

  /** The benchmark as the options say, against {@code server}. */
  public void run(Server server) throws InterruptedException {
    IngestBenchmark.run(server, runs());
  }

  private List<IngestRun> runs() {
    String name = run != null ? run : "bench-" + System.currentTimeMillis() / 1000;
    List<Format> formats = format != null ? List.of(format) : List.of(Format.values());
    return formats.stream()
        .map(
            f ->
                new IngestRun(
                    f,
                    points,
                    series,
                    batch != null ? batch : f.defaultBatch(),
                    connections,
                    intervalMs,
                    name))
        .toList();
  }
}
