package org.pattoo.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits, bounded, for something the server does on its own time (timers, rollups). */
public final class Await {

  private Await() {}

  public static void until(String what, Duration bound, Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + bound + ": " + what);
      }
      Thread.sleep(250);
    }
  }
}
