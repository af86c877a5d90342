package org.pattoo.bench.query;

import org.pattoo.bench.Say;
import org.pattoo.bench.Server;
import org.pattoo.bench.ingest.Format;
import org.pattoo.bench.ingest.IngestRun;
import org.pattoo.bench.ingest.LoadGenerator;
import org.pattoo.bench.metrics.FoldWait;
import org.pattoo.bench.metrics.RollupWait;
import org.pattoo.bench.metrics.ServerMetrics;

/**
 * Seeds a fresh line-protocol run for the query benchmark, some series x 7 days at 60 s, and times
 * how long the rollups take to catch up with it.
 */
final class Seed {

  private static final long POINTS_PER_SERIES = 7 * 24 * 60;

  /** Whole 5-minute buckets per batch at 1,000 series (10 rounds of 60 s); see Payloads. */
  private static final int BATCH = 10_000;

  private Seed() {}

  /** Seeds the run, waits for its rollups and returns its name. */
  static String run(Server server, int series) throws InterruptedException {
    ServerMetrics metrics = new ServerMetrics(server);
    String run = "query-" + System.currentTimeMillis() / 1000;
    IngestRun seed =
        new IngestRun(Format.LINE, series * POINTS_PER_SERIES, series, BATCH, 2, 60_000, run);
    // Start with the job idle: the catch-up is then the seed's own, and no seeded point waits for
    // a re-roll of earlier marks (a point marking a bucket being re-rolled waits for that
    // transaction).
    Say.step("query benchmark: waiting for earlier rollup work to finish");
    RollupWait.until(metrics, System.currentTimeMillis());
    Say.step(
        String.format(
            "query benchmark: seeding run %s with %,d series x 7 days at 60 s (%,d points)",
            run, series, seed.postedPoints()));
    long started = System.currentTimeMillis();
    long points = LoadGenerator.run(seed, server);
    long finished = System.currentTimeMillis();
    Say.step("query benchmark: waiting for the rollups to catch up with the seed");
    RollupWait.until(metrics, finished);
    long caughtUp = System.currentTimeMillis();
    System.out.printf(
        "rollups caught up %d s after the seed finished (checked every 10 s)%n",
        (caughtUp - finished) / 1000);
    // Points taken all the way from the client into every rollup tier, per second from the first
    // post until caught up, ingestion and rollups sharing the machine: roughly the ingest rate the
    // rollups keep up with. It errs low, as the job runs once a minute and we look every 10 s, and
    // back-dated points cost the job more than live ones (their buckets are rolled again).
    System.out.printf(
        "implied rate %,d points/s ingested and rolled up (%,d points in %d s)%n",
        points * 1000 / (caughtUp - started), points, (caughtUp - started) / 1000);
    Say.step("query benchmark: waiting for folding to settle (the seed's rows into chunks)");
    FoldWait.untilSettled(metrics, points);
    return run;
  }
}
