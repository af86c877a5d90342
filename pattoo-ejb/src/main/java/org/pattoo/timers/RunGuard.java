package org.pattoo.timers;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run at a time of a timer's work, and an undeploy that waits for the running one: closing the
 * application's class loader under a running job broke the application server's next deployments (a
 * sealing run met NoClassDefFoundError). Long jobs ask {@link #stopping()} between steps.
 */
public final class RunGuard {

  private static final long STOP_WAIT_S = 120;

  private final String job;
  private final ReentrantLock running = new ReentrantLock();
  private volatile boolean stopping;

  public RunGuard(String job) {
    this.job = job;
  }

  /** Runs {@code work} now unless the application is stopping or a run is in progress. */
  public void tryRun(Runnable work) {
    if (stopping || !running.tryLock()) {
      return;
    }
    try {
      work.run();
    } finally {
      running.unlock();
    }
  }

  /** A timer's work, which may fail. */
  public interface Work {
    void run() throws Exception;
  }

  /**
   * As {@link #tryRun(Runnable)}; a failure is logged as a warning ({@code failure}, then the
   * exception), so that the next run happens.
   */
  public void tryRun(Work work, Logger log, String failure) {
    tryRun(
        () -> {
          try {
            work.run();
          } catch (Exception e) {
            log.log(Level.WARNING, failure, e);
          }
        });
  }

  public boolean stopping() {
    return stopping;
  }

  /** From the bean's {@code @PreDestroy}: no new runs, and waits (up to 120 s) for the current. */
  public void stop(Logger log) {
    stopping = true;
    try {
      if (running.tryLock(STOP_WAIT_S, TimeUnit.SECONDS)) {
        running.unlock();
      } else {
        log.warning(job + " still running after " + STOP_WAIT_S + " s; stopping");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
