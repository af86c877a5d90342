package org.pattoo.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.schema.SchemaMigrator;
import org.pattoo.timers.RunGuard;
import org.pattoo.timers.Timers;

/** Every minute, folds the hot windows that are due ({@link HotFolder}). */
@Startup
@Singleton
public class FoldTimer {

  private static final Logger LOG = Logger.getLogger(FoldTimer.class.getName());
  private static final long FIRST_RUN_MS = 20_000;
  private static final long INTERVAL_MS = 60_000;

  @Inject private HotFolder folder;
  @Inject private SchemaMigrator schema;

  private final RunGuard guard = new RunGuard("folding hot samples");

  @PostConstruct
  void schedule() {
    Timers.ofThisBean()
        .createIntervalTimer(FIRST_RUN_MS, INTERVAL_MS, new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    if (schema.isMigrated()) {
      guard.tryRun(this::fold);
    }
  }

  @PreDestroy
  void stop() {
    guard.stop(LOG);
  }

  private void fold() {
    try {
      long started = System.nanoTime();
      long rows = folder.foldDue(guard::stopping);
      if (rows > 0) {
        LOG.fine(
            () ->
                "folded " + rows + " rows in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "folding hot samples failed, retrying in a minute", e);
    }
  }
}
