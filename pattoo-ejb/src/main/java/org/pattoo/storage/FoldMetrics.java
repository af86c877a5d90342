package org.pattoo.storage;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pattoo.metrics.Registry;

/**
 * Folding's self-metrics: samples folded, time spent folding, and how far behind the clock the
 * newest day is folded. The last stays between {@code pattoo.storage.fold-after} and 10 minutes
 * more while folding keeps up; it grows while a backfill is written (folding trails its newest row)
 * or when folding fails.
 */
@ApplicationScoped
public class FoldMetrics {

  @Inject Registry registry;

  private Counter samples;
  private Counter seconds;
  private Gauge behind;

  @PostConstruct
  void register() {
    samples = registry.counter("pattoo_fold_samples", "Hot numeric samples folded into chunks");
    seconds = registry.counter("pattoo_fold_seconds", "Time spent folding");
    behind =
        registry.gauge(
            "pattoo_fold_behind_seconds",
            "How far the newest day's fold point was behind now after the last fold run");
  }

  /** A fold run starting now. */
  Run start() {
    return new Run();
  }

  /**
   * One fold run's samples and time, counted as each of its transactions commits, so a run of
   * minutes shows its progress and its cost while it goes on (a scrape during the run saw none).
   */
  final class Run {
    private long mark = System.nanoTime();

    void folded(long rows) {
      samples.inc(rows);
      lap();
    }

    void finished() {
      lap();
    }

    private void lap() {
      long now = System.nanoTime();
      seconds.inc((now - mark) / 1e9);
      mark = now;
    }
  }

  void foldedUntil(long foldPoint, long now) {
    behind.set((now - foldPoint) / 1000.0);
  }

  /** Samples folded since the application started. */
  public double samples() {
    return samples.get();
  }

  public double behindSeconds() {
    return behind.get();
  }
}
