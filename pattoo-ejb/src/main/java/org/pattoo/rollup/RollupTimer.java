package org.pattoo.rollup;

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
 * Every {@code pattoo.rollup.interval}, lets the rollup service catch up. Thin on purpose: a failed
 * run is logged and the next one retries from the watermark.
 */
@Startup
@Singleton
public class RollupTimer {

  private static final Logger LOG = Logger.getLogger(RollupTimer.class.getName());

  // Payara 6 mixes up same-named @Resource TimerService fields of two beans: keep names unique.
  @Resource private TimerService rollupTimers;
  @Inject private RollupService rollups;
  @Inject private SchemaMigrator schema;
  @Inject private Settings settings;

  @PostConstruct
  void schedule() {
    long interval = settings.rollupInterval().toMillis();
    rollupTimers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (!schema.isMigrated()) {
      return;
    }
    try {
      rollups.catchUp();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "rollup failed, retrying at the next interval", e);
    }
  }
}
