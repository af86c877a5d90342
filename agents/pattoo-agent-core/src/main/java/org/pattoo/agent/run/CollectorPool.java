package org.pattoo.agent.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;

/**
 * Polls an agent's collectors at the same time, at most {@code concurrentPolls} at once, so a dead
 * device delays only its own collector; times each one and counts the targets it reports failed.
 */
final class CollectorPool {

  private static final Logger LOG = Logger.getLogger(AgentRunner.class.getName());

  private final Map<Collector, CollectorStats> stats = new LinkedHashMap<>();
  private final ThreadPoolExecutor pool;

  CollectorPool(List<Collector> collectors, int concurrentPolls) {
    if (concurrentPolls < 1) {
      throw new IllegalArgumentException(
          "concurrent_polls: expecting at least 1, found " + concurrentPolls);
    }
    collectors.forEach(c -> stats.put(c, new CollectorStats(c.name())));
    int threads = Math.max(1, Math.min(concurrentPolls, collectors.size()));
    pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "pattoo-poll");
              t.setDaemon(true); // a hung device must never keep the process alive
              return t;
            });
    // Between polls (minutes apart) the threads go; a poll starts them again.
    pool.allowCoreThreadTimeOut(true);
  }

  /** Runs every collector once into the sink, which must be thread-safe, and waits for all. */
  void pollAll(Collector.Sink sink) {
    List<Future<?>> runs = new ArrayList<>();
    for (Map.Entry<Collector, CollectorStats> e : stats.entrySet()) {
      runs.add(pool.submit(() -> collectOne(e.getKey(), e.getValue(), sink)));
    }
    for (Future<?> run : runs) {
      try {
        run.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        LOG.log(Level.SEVERE, "collector failed", e.getCause());
      }
    }
  }

  private static void collectOne(Collector c, CollectorStats stats, Collector.Sink sink) {
    long start = System.nanoTime();
    int[] errors = {0};
    try {
      c.collect(
          new Collector.Sink() {
            @Override
            public void add(TargetData d) {
              sink.add(d);
            }

            @Override
            public void failed(String target, String reason) {
              errors[0]++;
              sink.failed(target, reason);
            }

            @Override
            public void relay(String target, byte[] payload) {
              sink.relay(target, payload);
            }
          });
    } catch (RuntimeException e) {
      // A collector must report, not throw; one that does costs only its own data.
      errors[0]++;
      sink.failed(c.name(), "collector failed: " + e);
    } finally {
      stats.record((System.nanoTime() - start) / 1_000_000, errors[0]);
    }
  }

  /** Each collector's last poll duration and failed targets so far, labelled with its name. */
  void addTo(List<DataPoint> points, long now) {
    stats.values().forEach(s -> s.addTo(points, now));
  }
}
