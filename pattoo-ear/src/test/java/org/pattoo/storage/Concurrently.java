package org.pattoo.storage;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same job twice at once, as the timers of two nodes on one database would. */
final class Concurrently {

  private Concurrently() {}

  static <T> List<T> twice(ManagedExecutorService executor, Callable<T> job) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          executor.submit(
              () -> {
                start.await();
                return job.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> run : runs) {
      results.add(run.get(120, TimeUnit.SECONDS));
    }
    return results;
  }
}
