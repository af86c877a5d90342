package org.pattoo.rollup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pattoo.config.Settings;
import org.pattoo.schema.SchemaMigrator;
import org.pattoo.timers.RunGuard;
import org.pattoo.timers.Timers;

/**
 * Every {@code pattoo.rollup.interval}, lets the rollup service catch up. Thin on purpose: a failed
 * run is logged and the next one retries from the watermark.
 */
@Startup
@Singleton
public class RollupTimer {

  private static final Logger LOG = Logger.getLogger(RollupTimer.class.getName());

  @Inject private RollupService rollups;
  @Inject private SchemaMigrator schema;
  @Inject private Settings settings;
  @Inject private RollupMetrics metrics;

  private final RunGuard guard = new RunGuard("rolling up");

  @PostConstruct
  void schedule() {
    long interval = settings.rollupInterval().toMillis();
    Timers.ofThisBean().createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (schema.isMigrated()) {
      guard.tryRun(this::catchUp, LOG, "rollup failed, retrying at the next interval");
    }
  }

  private void catchUp() throws Exception {
    long started = System.nanoTime();
    try {
      rollups.catchUp();
    } finally {
      metrics.ran(System.nanoTime() - started);
    }
  }

  @PreDestroy
  void stop() {
    guard.stop(LOG);
  }
}
