package org.pattoo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts synthetic data points to a running server over several connections and prints points/s and
 * request latency percentiles. A benchmark, not a test: it asserts nothing, it measures.
 */
final class LoadGenerator {

  private LoadGenerator() {}

  static void run(Options opts, Server server) throws InterruptedException {
    String format = opts.get("format", "line");
    long points = opts.positive("points", 10_000_000);
    int series = opts.positiveInt("series", 10_000);
    int batch = opts.positiveInt("batch", 10_000);
    int connections = opts.positiveInt("connections", 2);
    long interval = opts.positive("interval-ms", 60_000);
    String run = opts.get("run", "bench-" + System.currentTimeMillis() / 1000);
    if (!format.equals("line") && !format.equals("pattoo")) {
      throw new IllegalArgumentException("--format: expecting line or pattoo, found " + format);
    }
    if (points < batch) {
      throw new IllegalArgumentException(
          "--points: expecting at least one batch (--batch " + batch + "), found " + points);
    }

    long batches = points / batch;
    long start = Payloads.startEndingNow(batches * batch, series, interval);
    Payloads payloads = new Payloads(run, series, batch, start, interval);
    URI target =
        server.uri(
            format.equals("line")
                ? "/api/v2/write?bucket=" + run + "&precision=ms"
                : "/api/v1/agent/receive/" + run);
    String contentType = format.equals("line") ? "text/plain" : "application/json";
    System.out.printf(
        "posting %,d points as %s: %,d series, %,d points per request, %d connections -> %s%n",
        batches * batch, format, series, batch, connections, target);

    BodyQueue bodies =
        new BodyQueue(
            batches,
            connections,
            b -> format.equals("line") ? payloads.lines(b) : payloads.pattooJson(b));
    AtomicLong sent = new AtomicLong();
    Latencies latencies = new Latencies();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread w =
          new Thread(
              () -> {
                HttpClient http = Server.client();
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
                  HttpRequest req = server.post(target, contentType, body);
                  long s = System.nanoTime();
                  try {
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - s);
                    if (r.statusCode() / 100 != 2) {
                      errors.add(r.statusCode() + " " + r.body());
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
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("format            %s%n", format);
    System.out.printf("points stored     %,d in %.1f s%n", sent.get(), seconds);
    System.out.printf("throughput        %,.0f points/s%n", sent.get() / seconds);
    System.out.printf("request latency   %s%n", latencies.summary());
    System.out.printf("failed requests   %d%n", errors.size());
    errors.stream().limit(5).forEach(e -> System.out.println("  " + e));
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.size() + " requests failed");
    }
  }
}
