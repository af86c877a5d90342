package org.pattoo.bench.ingest;

import java.util.Map;
import java.util.OptionalDouble;
import org.pattoo.bench.Say;
import org.pattoo.bench.Server;
import org.pattoo.bench.metrics.RollupWait;
import org.pattoo.bench.metrics.Scrape;
import org.pattoo.bench.metrics.ServerMetrics;

/**
 * The steady benchmark: a live line-protocol load from an idle rollup job, the server's rollup lag
 * and folding read every 30 s meanwhile, then how long the rollups take to catch up.
 */
final class SteadyBenchmark {

  private static final long WATCH_MS = 30_000;

  private SteadyBenchmark() {}

  static void run(Server server, IngestRun run, int rate) throws InterruptedException {
    ServerMetrics metrics = new ServerMetrics(server);
    Say.step("steady load: waiting for earlier rollup work to finish");
    RollupWait.until(metrics, System.currentTimeMillis());
    Say.step(
        String.format(
            "steady load: %,d series, a point each every %d ms (%,.0f points/s asked for %d), live,"
                + " for %.1f min",
            run.series(),
            run.intervalMs(),
            run.series() * 1000.0 / run.intervalMs(),
            rate,
            run.postedPoints() / (double) run.series() * run.intervalMs() / 60_000));
    LagTrail trail = new LagTrail();
    LagTrail folding = new LagTrail();
    Scrape before = metrics.scrape();
    long started = System.currentTimeMillis();
    Thread watch = new Thread(() -> watch(metrics, trail, folding, started), "lag-watch");
    watch.setDaemon(true);
    watch.start();
    RunResult result = LoadGenerator.run(run, SharedBodies.live(run), Target.pattoo(server, run));
    long finished = System.currentTimeMillis();
    watch.interrupt();
    watch.join();
    Scrape after = metrics.scrape();
    Say.step("steady load: waiting for the rollups to catch up with the posting");
    RollupWait.until(metrics, finished);
    long caughtUp = System.currentTimeMillis();
    Say.step("summary");
    System.out.printf(
        "rate              %,.0f points/s reached, %,.0f asked for%n",
        result.pointsPerSecond(), run.series() * 1000.0 / run.intervalMs());
    System.out.print(trail.summary(result.seconds()));
    System.out.printf(
        "folding           at most %.0f s behind the clock (it folds 10-minute windows once"
            + " fold-after has passed: up to 900 s at the defaults, plus the time a fold takes)%n",
        folding.largest(0, Double.MAX_VALUE).orElse(Double.NaN));
    for (String job : new String[] {"rollup", "fold"}) {
      String counter = "pattoo_" + job + "_seconds_total";
      // A counter the server registers on its job's first run is absent until then: zero.
      double busy = after.value(counter).orElse(Double.NaN) - before.value(counter).orElse(0);
      System.out.printf(
          "%-17s busy %.0f%% of the posting (%s), the share of a core it took%n",
          job + " job", 100 * busy / ((finished - started) / 1000.0), counter);
    }
    System.out.printf(
        "caught up         %d s after the posting ended (the job runs once a minute; the bench"
            + " looks every 10 s)%n",
        (caughtUp - finished) / 1000);
  }

  /**
   * Every 30 s until interrupted: a progress line, the rollup lag into {@code trail} and how far
   * folding is behind into {@code folding}.
   */
  private static void watch(ServerMetrics metrics, LagTrail trail, LagTrail folding, long started) {
    while (true) {
      try {
        Thread.sleep(WATCH_MS);
        Scrape scrape = metrics.scrape();
        double at = (System.currentTimeMillis() - started) / 1000.0;
        OptionalDouble lag = scrape.value("pattoo_rollup_lag_seconds", Map.of("tier", "5m"));
        if (scrape.databaseRead() && lag.isPresent()) {
          trail.add(at, lag.getAsDouble());
        }
        scrape.value("pattoo_fold_behind_seconds").ifPresent(b -> folding.add(at, b));
        System.out.printf(
            "  %4.0f s: rollup watermark %s behind the clock, %s buckets to roll again, folding %s"
                + " behind%n",
            at,
            seconds(scrape.databaseRead() ? lag : OptionalDouble.empty()),
            count(scrape.value("pattoo_rollup_pending_buckets")),
            seconds(scrape.value("pattoo_fold_behind_seconds")));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        System.out.println("  metrics not read: " + e.getMessage());
      }
    }
  }

  private static String count(OptionalDouble value) {
    return value.isPresent() ? String.valueOf((long) value.getAsDouble()) : "?";
  }

  private static String seconds(OptionalDouble value) {
    return value.isPresent() ? String.format("%.0f s", value.getAsDouble()) : "? s";
  }
}
