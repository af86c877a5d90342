package org.pattoo.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.config.Settings;
import org.pattoo.schema.SchemaMigrator;
import org.pattoo.timers.RunGuard;
import org.pattoo.timers.Timers;

/**
 * Every hour, creates the partitions for today and the next {@code pattoo.storage.partition-lead}
 * days, so ingestion rarely has to, and compacts the partitions that have gone cold. A failed run
 * is logged; the next one tries again, and both steps are idempotent. An undeploy waits for a
 * running compaction to reach the end of its day ({@link RunGuard}).
 */
@Startup
@Singleton
public class PartitionTimer {

  private static final Logger LOG = Logger.getLogger(PartitionTimer.class.getName());
  private static final long FIRST_RUN_MS = 5_000;
  private static final long INTERVAL_MS = 3_600_000;

  @Inject private PartitionService partitions;
  @Inject private PartitionCompactor compactor;
  @Inject private SchemaMigrator schema;
  @Inject private Settings settings;
  @Inject private Clock clock;

  private final RunGuard guard = new RunGuard("partition maintenance");

  @PostConstruct
  void schedule() {
    Timers.ofThisBean()
        .createIntervalTimer(FIRST_RUN_MS, INTERVAL_MS, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (schema.isMigrated()) {
      guard.tryRun(this::maintain);
    }
  }

  @PreDestroy
  void stop() {
    guard.stop(LOG);
  }

  private void maintain() {
    long today = SampleTable.dayOf(clock.millis());
    long lead = settings.partitionLead().toDays();
    List<Long> days = new ArrayList<>();
    for (long d = today; d <= today + lead; d++) {
      days.add(d);
    }
    try {
      partitions.ensure(days);
      compactor.compactDue(guard::stopping);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "partition maintenance failed, retrying in an hour", e);
    }
  }
}
