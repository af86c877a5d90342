package org.pattoo.rollup;

import io.prometheus.metrics.core.metrics.Counter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pattoo.metrics.Registry;

/**
 * The rollup job's time: its rate is the share of a core rollups take, so how far it is from
 * falling behind shows before its lag grows ({@code pattoo_rollup_lag_seconds}).
 */
@ApplicationScoped
public class RollupMetrics {

  @Inject Registry registry;

  private Counter seconds;

  @PostConstruct
  void register() {
    seconds = registry.counter("pattoo_rollup_seconds", "Time spent rolling up");
  }

  void ran(long nanos) {
    seconds.inc(nanos / 1e9);
  }
}
