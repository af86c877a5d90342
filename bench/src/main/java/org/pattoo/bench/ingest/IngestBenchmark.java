package org.pattoo.bench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pattoo.bench.Say;
import org.pattoo.bench.Server;
import org.pattoo.bench.ingest.ComparisonTable.Measured;
import org.pattoo.bench.ingest.ComparisonTable.Row;
import org.pattoo.bench.metrics.FoldWait;
import org.pattoo.bench.metrics.RollupWait;
import org.pattoo.bench.metrics.Scrape;
import org.pattoo.bench.metrics.ServerMetrics;

/**
 * The ingestion benchmark: each run after an untimed warm-up, from an idle rollup job and a settled
 * fold, then what the runs added to the numeric sample partitions per point they posted; with a
 * peer, each line-protocol run again on the peer with the same bodies (warm-up included), and the
 * figures side by side.
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  static void run(Server server, List<IngestRun> runs, Optional<InfluxPeer> peer, long warmUp)
      throws InterruptedException {
    ServerMetrics metrics = new ServerMetrics(server);
    double bytesBefore = sampleBytes(metrics);
    long posted = 0;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      IngestRun run = runs.get(i);
      SharedBodies bodies = new SharedBodies(run);
      Optional<WarmUp> warm = WarmUp.of(run, bodies, warmUp);
      if (warm.isPresent()) {
        posted += warm.get().post("pattoo", Target.pattoo(server, warm.get().run()));
        Say.step("ingestion benchmark: waiting for the fold of the warm-up");
        FoldWait.untilSettled(metrics, warm.get().run().postedPoints());
      }
      // Each run starts with the job idle, so it does not pay for the catch-up of the run before;
      // the job still rolls this run's (back-dated) points again while it runs, as in production.
      Say.step(
          i == 0
              ? "ingestion benchmark: waiting for earlier rollup work to finish"
              : "ingestion benchmark: waiting for the rollups of the runs before to finish");
      RollupWait.until(metrics, System.currentTimeMillis());
      double before = sampleBytes(metrics);
      Say.step("ingestion benchmark: " + run.describe());
      RunResult result = LoadGenerator.run(run, bodies, Target.pattoo(server, run));
      double added = sampleBytes(metrics) - before;
      posted += result.points();
      Optional<Measured> compared = Optional.empty();
      if (peer.isPresent() && run.format() == Format.LINE) {
        // The peer gets the machine as pattoo had it: without pattoo's rollup and fold work
        // running. The fold of a run's rows goes on for minutes after it; InfluxDB measured
        // beside it took 466,000 points/s where it takes 860,000 alone.
        Say.step("ingestion benchmark: waiting for the rollups and the fold of that run");
        RollupWait.until(metrics, System.currentTimeMillis());
        FoldWait.untilSettled(metrics, result.points());
        double folded = sampleBytes(metrics) - before;
        System.out.printf(
            "pattoo bytes per sample: %.1f right after the writes, %.1f once folded (shown below,"
                + " as InfluxDB's is once compacted)%n",
            added / result.points(), folded / result.points());
        added = folded;
        compared = Optional.of(PeerRun.run(peer.get(), run, bodies, warm));
      }
      Measured pattoo = new Measured("pattoo", result, OptionalDouble.of(added / result.points()));
      rows.add(new Row(run.format().toString(), pattoo, compared));
    }
    double added = sampleBytes(metrics) - bytesBefore;
    Say.step("storage: bytes per numeric sample, from the server's metrics");
    System.out.printf(
        "numeric samples %+,.0f bytes, heap and indexes (pattoo_partition_bytes{table=\"sample\"}"
            + " + pattoo_chunk_bytes, after the runs less before)%n",
        added);
    System.out.printf("points posted     %,d by the runs above and their warm-ups%n", posted);
    System.out.printf(
        "bytes per sample  %.1f (bytes added / points posted; whatever else wrote meanwhile, such"
            + " as a local agent, counts too)%n",
        added / posted);
    Say.step(
        peer.isPresent()
            ? "summary: pattoo and InfluxDB, the same bodies over the same connections (on a shared"
                + " machine only the ratios within one run mean something)"
            : "summary");
    System.out.print(ComparisonTable.render(rows));
  }

  /**
   * The numeric samples' bytes on disk, indexes included, as the server reads them: rows in the
   * partitions and folded or sealed chunks.
   */
  private static double sampleBytes(ServerMetrics metrics) throws InterruptedException {
    Scrape scrape = metrics.scrapeDatabase();
    return scrape.value("pattoo_partition_bytes", Map.of("table", "sample")).orElse(0)
        + scrape.value("pattoo_chunk_bytes").orElse(0); // none yet: nothing stored
  }
}
