package org.pattoo.agent.modbus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.TargetData;

/**
 * Polls every target at once, each on its own connection, so a dead device costs only its own
 * bounded wait: a target still busy after its timeout per read (plus one for connecting) is
 * reported as not answering and the poll goes on without it.
 */
final class ModbusCollector implements Collector {

  private final List<TargetPoller> pollers;
  private final Clock clock;
  private final ExecutorService threads;

  private static final Logger LOG = Logger.getLogger(ModbusCollector.class.getPackageName());

  ModbusCollector(List<Target> targets, Clock clock) {
    this.pollers = targets.stream().map(TargetPoller::new).toList();
    for (TargetPoller p : pollers) {
      Target t = p.target();
      LOG.info(
          t.describe()
              + ": "
              + t.points().size()
              + " point(s) in "
              + p.reads()
              + " read(s), timeout "
              + t.timeoutMs()
              + " ms");
    }
    this.clock = clock;
    this.threads =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(pollers.size(), 32)),
            r -> {
              Thread t = new Thread(r, "pattoo-agent-modbus-poll");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void collect(Sink sink) {
    long now = clock.millis();
    List<Future<PollResult>> running = new ArrayList<>();
    for (TargetPoller p : pollers) {
      running.add(threads.submit(() -> p.poll(now)));
    }
    long start = System.nanoTime();
    for (int i = 0; i < pollers.size(); i++) {
      Target target = pollers.get(i).target();
      long bound = target.timeoutMs() * (pollers.get(i).reads() + 1);
      long left = bound - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      try {
        PollResult result = running.get(i).get(Math.max(left, 0), TimeUnit.MILLISECONDS);
        if (!result.points().isEmpty()) {
          sink.add(new TargetData(target.name(), result.points()));
        }
        result.error().ifPresent(e -> sink.failed(target.name(), e));
      } catch (TimeoutException e) {
        // The poller's own socket timeout ends it soon; nobody waits for it.
        running.get(i).cancel(true);
        sink.failed(target.name(), target.describe() + ": " + Problems.noAnswer(bound));
      } catch (ExecutionException e) {
        sink.failed(target.name(), target.describe() + ": " + Problems.of(e.getCause(), bound));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
