package org.pattoo.bench.ingest;

import java.util.List;
import java.util.Map;
import org.pattoo.bench.Say;
import org.pattoo.bench.Server;
import org.pattoo.bench.metrics.RollupWait;
import org.pattoo.bench.metrics.ServerMetrics;

/**
 * The ingestion benchmark: each run from an idle rollup job, then what the runs added to the
 * numeric sample partitions per point they posted.
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void run(Server server, List<IngestRun> runs) throws InterruptedException {
    ServerMetrics metrics = new ServerMetrics(server);
    double bytesBefore = 0;
    long posted = 0;
    for (int i = 0; i < runs.size(); i++) {
      // Each run starts with the job idle, so it does not pay for the catch-up of the run before;
      // the job still rolls this run's (back-dated) points again while it runs, as in production.
      Say.step(
          i == 0
              ? "ingestion benchmark: waiting for earlier rollup work to finish"
              : "ingestion benchmark: waiting for the rollups of that run to finish");
      RollupWait.until(metrics, System.currentTimeMillis());
      if (i == 0) {
        bytesBefore = sampleBytes(metrics);
      }
      Say.step("ingestion benchmark: " + runs.get(i).describe());
      posted += LoadGenerator.run(runs.get(i), server);
    }
    double added = sampleBytes(metrics) - bytesBefore;
    Say.step("storage: bytes per numeric sample, from the server's metrics");
    System.out.printf(
        "sample partitions %+,.0f bytes, heap and indexes (pattoo_partition_bytes{table=\"sample\"},"
            + " after the runs less before)%n",
        added);
    System.out.printf("points posted     %,d by the runs above%n", posted);
    System.out.printf(
        "bytes per sample  %.1f (bytes added / points posted; whatever else wrote meanwhile, such"
            + " as a local agent, counts too)%n",
        added / posted);
  }

  /** The numeric sample partitions' bytes on disk, indexes included, as the server reads them. */
  private static double sampleBytes(ServerMetrics metrics) throws InterruptedException {
    return metrics
        .scrapeDatabase()
        .value("pattoo_partition_bytes", Map.of("table", "sample"))
        .orElse(0); // no partition yet: nothing stored
  }
}
