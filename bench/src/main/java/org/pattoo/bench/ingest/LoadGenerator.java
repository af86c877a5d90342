package org.pattoo.bench.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.pattoo.bench.BlockingPost;
import org.pattoo.bench.Latencies;
import org.pattoo.bench.Server;

/**
 * Posts synthetic data points to a running server (or the peer it is compared with) over several
 * connections and prints points/s and request latency percentiles. A benchmark, not a test: it
 * asserts nothing, it measures.
 */
public final class LoadGenerator {

  /**
   * The start of a run that its rate after the warm-up leaves out: a server deployed just before
   * spent a third of a core on its JIT compilers over the first 10-15 s (docs/performance.md).
   */
  static final int WARM_UP_SECONDS = 10;

  private LoadGenerator() {}

  /** Posts {@code run} to pattoo and returns the points it stored; fails if any request failed. */
  public static long run(IngestRun run, Server server) throws InterruptedException {
    return run(run, new SharedBodies(run), Target.pattoo(server, run)).points();
  }

  /** Posts the bodies of {@code shared} to {@code target}; fails if any request failed. */
  static RunResult run(IngestRun run, SharedBodies shared, Target target)
      throws InterruptedException {
    int batch = run.batch();
    int connections = run.connections();
    System.out.printf(
        "posting %,d points as %s to %s: %,d series, %,d points per request, %d connections -> %s%n",
        run.postedPoints(),
        run.format(),
        target.system(),
        run.series(),
        batch,
        connections,
        target.uri());

    BodyQueue bodies = shared.pass();
    AtomicLong sent = new AtomicLong();
    Latencies latencies = new Latencies();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread w =
          new Thread(
              () -> {
                while (true) {
                  byte[] body;
                  try {
                    body = bodies.next();
                  } catch (InterruptedException e) {
                    return;
                  }
                  if (body == null) {
                    return;
                  }
                  long s = System.nanoTime();
                  try {
                    BlockingPost.Reply r = target.post().post(body);
                    latencies.add(System.nanoTime() - s);
                    if (r.status() / 100 != 2) {
                      errors.add(r.status() + " " + r.body());
                    } else {
                      sent.addAndGet(batch);
                    }
                  } catch (Exception e) {
                    errors.add(e.toString());
                  }
                }
              });
      w.start();
      workers.add(w);
    }
    long[] warm = {0, 0}; // points sent and nanoTime at the end of the warm-up, once reached
    Thread progress =
        new Thread(
            () -> {
              long last = 0;
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  Thread.sleep(5000);
                } catch (InterruptedException e) {
                  return;
                }
                long now = sent.get();
                synchronized (warm) {
                  if (warm[1] == 0 && System.nanoTime() - t0 >= WARM_UP_SECONDS * 1_000_000_000L) {
                    warm[0] = now;
                    warm[1] = System.nanoTime();
                  }
                }
                System.out.printf(
                    "  %,12d points sent, %,10.0f points/s over the last 5 s%n",
                    now, (now - last) / 5.0);
                last = now;
              }
            });
    progress.setDaemon(true);
    progress.start();
    for (Thread w : workers) {
      w.join();
    }
    progress.interrupt();
    progress.join();
    long end = System.nanoTime();
    double seconds = (end - t0) / 1e9;
    long warmPoints;
    double warmSeconds;
    synchronized (warm) {
      warmPoints = warm[1] == 0 ? 0 : sent.get() - warm[0];
      warmSeconds = warm[1] == 0 ? 0 : (end - warm[1]) / 1e9;
    }
    System.out.printf("format            %s, to %s%n", run.format(), target.system());
    System.out.printf("points stored     %,d in %.1f s%n", sent.get(), seconds);
    System.out.printf("throughput        %,.0f points/s%n", sent.get() / seconds);
    if (warmSeconds > 0) {
      System.out.printf(
          "after %d s         %,.0f points/s (%,d points in the last %.1f s)%n",
          WARM_UP_SECONDS, warmPoints / warmSeconds, warmPoints, warmSeconds);
    }
    System.out.printf("request latency   %s%n", latencies.summary());
    System.out.printf("failed requests   %d%n", errors.size());
    errors.stream().limit(5).forEach(e -> System.out.println("  " + e));
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.size() + " requests failed");
    }
    return new RunResult(
        sent.get(),
        seconds,
        latencies.percentileMs(50),
        latencies.percentileMs(99),
        warmPoints,
        warmSeconds);
  }
}
