package org.pattoo.bench.metrics;

import java.util.Optional;

/**
 * Waits until the rollup job has rolled what was written before a given moment, polling the
 * server's metrics every 10 s with a progress line, for 30 minutes at most.
 */
public final class RollupWait {

  private static final long POLL_MS = 10_000;
  private static final long LIMIT_S = 1800;

  private RollupWait() {}

  /** Returns once caught up with what was written before {@code sinceMs} (epoch ms). */
  public static void until(ServerMetrics metrics, long sinceMs) throws InterruptedException {
    long mark = RollupProgress.mark(sinceMs);
    while (true) {
      long now = System.currentTimeMillis();
      Optional<RollupProgress> progress = RollupProgress.of(metrics.scrape(), now);
      if (progress.isPresent() && progress.get().caughtUp(mark)) {
        return;
      }
      // A scrape without the database gauges only delays the answer: the next one may have them.
      String left =
          progress.map(p -> p.describe(mark)).orElse("the server could not read its rollup gauges");
      long waited = (now - sinceMs) / 1000;
      if (waited >= LIMIT_S) {
        throw new IllegalStateException(
            "rollups did not catch up within " + LIMIT_S / 60 + " min: " + left);
      }
      System.out.println("  " + waited + " s: " + left);
      Thread.sleep(POLL_MS);
    }
  }
}
