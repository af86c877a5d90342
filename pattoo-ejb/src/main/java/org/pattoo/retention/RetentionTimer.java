package org.pattoo.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.config.Settings;
import org.pattoo.schema.SchemaMigrator;

/**
 * Every {@code pattoo.retention.interval}, drops what is past retention. A failed run is logged;
 * the next one retries.
 */
@Startup
@Singleton
public class RetentionTimer {

  private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());
  private static final long LATEST_FIRST_RUN_MS = 300_000;

  // Payara 6 mixes up same-named @Resource TimerService fields of two beans: keep names unique.
  @Resource private TimerService retentionTimers;
  @Inject private RetentionService retention;
  @Inject private SchemaMigrator schema;
  @Inject private Settings settings;

  @PostConstruct
  void schedule() {
    long interval = settings.retention().interval().toMillis();
    retentionTimers.createIntervalTimer(
        Math.min(interval, LATEST_FIRST_RUN_MS), interval, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (!schema.isMigrated()) {
      return;
    }
    try {
      retention.enforce();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "retention failed, retrying at the next interval", e);
    }
  }
}
