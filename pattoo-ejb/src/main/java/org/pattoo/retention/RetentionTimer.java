package org.pattoo.retention;

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
 * Every {@code pattoo.retention.interval}, drops what is past retention. A failed run is logged;
 * the next one retries.
 */
@Startup
@Singleton
public class RetentionTimer {

  private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());
  private static final long LATEST_FIRST_RUN_MS = 300_000;

  @Inject private RetentionService retention;
  @Inject private SchemaMigrator schema;
  @Inject private Settings settings;

  private final RunGuard guard = new RunGuard("enforcing retention");

  @PostConstruct
  void schedule() {
    long interval = settings.retention().interval().toMillis();
    Timers.ofThisBean()
        .createIntervalTimer(
            Math.min(interval, LATEST_FIRST_RUN_MS), interval, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (schema.isMigrated()) {
      guard.tryRun(retention::enforce, LOG, "retention failed, retrying at the next interval");
    }
  }

  @PreDestroy
  void stop() {
    guard.stop(LOG);
  }
}
