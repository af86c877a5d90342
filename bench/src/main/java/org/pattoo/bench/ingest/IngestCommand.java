package org.pattoo.bench.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
      "Each run's rate is also given after its first 10 s: a server deployed just before (as"
          + " ./pattoo bench does) compiles its hot code meanwhile.",
      "",
      "Timestamps start on a 5-minute boundary and end within an interval and 5 minutes before"
          + " now, so N points over S series at interval I cover about the last N / S * I ms.",
      "",
      "With --compare influxdb, the line-protocol run is sent again, once pattoo's rollups and"
          + " fold of it are done, to an InfluxDB 1.x (/write?db=...&precision=ms): the same"
          + " bodies in the same order over the same connections. Then both rates, latencies and"
          + " bytes per sample print side by side with their ratio pattoo/InfluxDB (pattoo's"
          + " bytes once folded; InfluxDB's: its database's data and wal folders once the WAL is"
          + " flushed and the shards compacted, waited for 3 minutes at most). pattoo agent JSON has no InfluxDB"
          + " counterpart and runs on pattoo only. ./pattoo bench ingest --compare influxdb"
          + " starts and stops that InfluxDB itself.",
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

  @Mixin private LoadShape shape;

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

  @Option(
      names = "--compare",
      paramLabel = "PEER",
      converter = Peer.Converter.class,
      description =
          "also send the line-protocol run's bodies to this peer and print the ratios: influxdb"
              + " (default: pattoo only)")
  private Peer compare;

  @Option(
      names = "--influxdb-url",
      paramLabel = "URL",
      converter = ServerOptions.BaseUrl.class,
      description = "the InfluxDB 1.x --compare writes to (default: ${DEFAULT-VALUE})")
  private String influxUrl = "http://127.0.0.1:18086";

  @Option(
      names = "--influxdb-database",
      paramLabel = "NAME",
      description = "its database, which must exist (default: ${DEFAULT-VALUE})")
  private String influxDatabase = "pattoo_bench";

  @Option(
      names = "--influxdb-dir",
      paramLabel = "DIR",
      description =
          "the folder holding its data/ and wal/ folders, for its bytes per sample (default:"
              + " none, storage not measured)")
  private Path influxDir;

  @Option(
      names = "--warm-up",
      paramLabel = "N",
      description =
          "data points of each run posted first, untimed, to series of their own and ending where"
              + " the run's begin, to pattoo and to the peer alike: a freshly deployed server's JIT"
              + " compilers take a third of a core for a minute, which a running one does not; 0"
              + " for none (default: ${DEFAULT-VALUE})")
  private long warmUp = 2_000_000;

  @Mixin private ServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    List<IngestRun> runs = runs(); // checks the figures before anything is sent
    Optional<InfluxPeer> peer = peer();
    if (server.checkOnly()) {
      return 0;
    }
    IngestBenchmark.run(server.server(), runs, peer, warmUp);
    return 0;
  }

  /** The benchmark as the options say, against {@code server}. */
  public void run(Server server) throws InterruptedException {
    IngestBenchmark.run(server, runs(), peer(), warmUp);
  }

  private Optional<InfluxPeer> peer() {
    if (compare == null) {
      return Optional.empty();
    }
    if (format == Format.PATTOO) {
      throw new IllegalArgumentException(
          "--compare: "
              + Format.PATTOO.title()
              + " has no "
              + compare.title()
              + " counterpart; compare line protocol (--format line, or no --format)");
    }
    return Optional.of(new InfluxPeer(influxUrl, influxDatabase, Optional.ofNullable(influxDir)));
  }

  private List<IngestRun> runs() {
    if (warmUp < 0) {
      throw new IllegalArgumentException("--warm-up: expecting 0 or more points, found " + warmUp);
    }
    String name = run != null ? run : "bench-" + System.currentTimeMillis() / 1000;
    List<Format> formats = format != null ? List.of(format) : List.of(Format.values());
    return formats.stream()
        .map(
            f ->
                new IngestRun(
                    f, points, shape.series, shape.batch(f), shape.connections, intervalMs, name))
        .toList();
  }
}
