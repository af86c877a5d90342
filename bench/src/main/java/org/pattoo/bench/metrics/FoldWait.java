package org.pattoo.bench.metrics;

/**
 * Waits until the server's fold job has folded a seed's rows into chunks, following {@code
 * pattoo_fold_samples_total}: settled once a minute and ten seconds (a fold run at least) add less
 * than a hundredth of the seed, for 10 minutes at most. Reads timed meanwhile would time the fold
 * sharing the machine with them (a 7-day read's p99 was 643 ms during it, 227 ms after).
 */
public final class FoldWait {

  private static final long PERIOD_MS = 70_000;
  private static final long LIMIT_MS = 600_000;

  private FoldWait() {}

  /** Returns once folding has settled after a seed of {@code points}. */
  public static void untilSettled(ServerMetrics metrics, long points) throws InterruptedException {
    long started = System.currentTimeMillis();
    double before = folded(metrics);
    while (true) {
      Thread.sleep(PERIOD_MS);
      double now = folded(metrics);
      long waited = (System.currentTimeMillis() - started) / 1000;
      System.out.printf(
          "  %d s: %,.0f samples folded in the last %d s%n",
          waited, now - before, PERIOD_MS / 1000);
      if (now - before < points / 100.0) {
        return;
      }
      if (waited * 1000 >= LIMIT_MS) {
        throw new IllegalStateException(
            "folding did not settle within " + LIMIT_MS / 60_000 + " min (see the server log)");
      }
      before = now;
    }
  }

  /** Samples folded so far; none until the fold's first run has folded some. */
  private static double folded(ServerMetrics metrics) throws InterruptedException {
    return metrics.scrape().value("pattoo_fold_samples_total").orElse(0);
  }
}
