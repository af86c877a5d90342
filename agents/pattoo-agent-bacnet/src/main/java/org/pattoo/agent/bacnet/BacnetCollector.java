package org.pattoo.agent.bacnet;

import java.net.InetSocketAddress;
import java.net.SocketException;
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
import org.pattoo.agent.bacnet.client.BacnetClient;

/**
 * Polls every device at once through one client socket (answers are told apart by sender and invoke
 * id), so a silent device costs only its own bounded wait. The socket is opened at the first poll:
 * building the collector does no I/O, and a busy port is a poll error, not a crash.
 */
final class BacnetCollector implements Collector {

  private static final Logger LOG = Logger.getLogger(BacnetCollector.class.getPackageName());

  private final Settings settings;
  private final List<DevicePoller> pollers;
  private final Clock clock;
  private final ExecutorService threads;
  private BacnetClient client;

  BacnetCollector(Settings settings, Clock clock) {
    this.settings = settings;
    List<DevicePoller> list = new ArrayList<>();
    for (Device d : settings.devices()) {
      // The COV subscriber process id tells the devices' notifications apart.
      list.add(
          new DevicePoller(
              d, settings.objectsPerRequest(), settings.readMultiple(), list.size() + 1));
    }
    this.pollers = List.copyOf(list);
    this.clock = clock;
    for (DevicePoller p : pollers) {
      LOG.info(
          p.describe()
              + ": "
              + p.device().points().size()
              + " point(s)"
              + (p.device().cov() ? ", by COV (" + p.device().covLifetime() + " s)" : ""));
    }
    this.threads =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(pollers.size(), 32)),
            r -> {
              Thread t = new Thread(r, "pattoo-agent-bacnet-poll");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void collect(Sink sink) {
    if (client == null) {
      try {
        client =
            new BacnetClient(
                new InetSocketAddress(settings.localAddress(), settings.localPort()),
                settings.timeoutMs(),
                settings.retries());
        client.onCovNotification(n -> pollers.forEach(p -> p.notified(n)));
      } catch (SocketException e) {
        String reason =
            "cannot bind "
                + settings.localAddress()
                + ":"
                + settings.localPort()
                + ": "
                + e.getMessage();
        pollers.forEach(p -> sink.failed(p.device().name(), reason));
        return;
      }
    }
    long now = clock.millis();
    BacnetClient c = client;
    List<Future<PollResult>> running = new ArrayList<>();
    for (DevicePoller p : pollers) {
      running.add(threads.submit(() -> p.poll(c, now)));
    }
    long start = System.nanoTime();
    for (int i = 0; i < pollers.size(); i++) {
      DevicePoller p = pollers.get(i);
      long bound = c.requestBoundMs() * (p.requests() + 1);
      long left = bound - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      try {
        report(sink, p, running.get(i).get(Math.max(left, 0), TimeUnit.MILLISECONDS));
      } catch (TimeoutException e) {
        running.get(i).cancel(true);
        sink.failed(p.device().name(), p.describe() + ": no answer within " + bound + " ms");
      } catch (ExecutionException e) {
        sink.failed(p.device().name(), p.describe() + ": " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void report(Sink sink, DevicePoller p, PollResult result) {
    if (!result.points().isEmpty()) {
      sink.add(new TargetData(p.device().name(), result.points()));
    }
    List<String> errors = result.errors();
    if (!errors.isEmpty()) {
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
      sink.failed(p.device().name(), errors.get(0) + more);
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
    if (client != null) {
      client.close();
    }
  }
}
