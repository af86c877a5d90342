package org.pattoo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts synthetic data points to a running server over several connections and prints points/s and
 * request latency percentiles. A benchmark, not a test: it asserts nothing, it measures.
 */
public final class LoadGenerator {

  private static final String HELP =
      """
      Usage: java -jar pattoo-bench.jar [options]

        --url URL          server base URL (default http://localhost:8080/pattoo)
        --format F         line (Influx line protocol, /api/v2/write) or pattoo (agent JSON)
                           (default line)
        --points N         data points to send in all (default 10000000)
        --series N         distinct series (default 10000)
        --batch N          data points per request (default 10000)
        --connections N    concurrent connections (default 2)
        --interval-ms N    time between a series' points (default 60000)
        --token T          agent token (default: none, for a loopback open network)
        --run NAME         names this run's agent (bucket / agent id), so runs never collide
                           (default bench-<epoch seconds>)
        --help             this text

      Timestamps start far enough in the past that the last point is about now.
      """;

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    if (opts.containsKey("help")) {
      System.out.print(HELP);
      return;
    }
    String url = opts.getOrDefault("url", "http://localhost:8080/pattoo");
    String format = opts.getOrDefault("format", "line");
    long points = Long.parseLong(opts.getOrDefault("points", "10000000"));
    int series = Integer.parseInt(opts.getOrDefault("series", "10000"));
    int batch = Integer.parseInt(opts.getOrDefault("batch", "10000"));
    int connections = Integer.parseInt(opts.getOrDefault("connections", "2"));
    long interval = Long.parseLong(opts.getOrDefault("interval-ms", "60000"));
    String token = opts.get("token");
    String run = opts.getOrDefault("run", "bench-" + System.currentTimeMillis() / 1000);
    if (!format.equals("line") && !format.equals("pattoo")) {
      throw new IllegalArgumentException("--format: expecting line or pattoo, found " + format);
    }

    long batches = points / batch;
    long start = System.currentTimeMillis() - (batches * batch / series + 1) * interval;
    Payloads payloads = new Payloads(run, series, batch, start, interval);
    URI target =
        URI.create(
            format.equals("line")
                ? url + "/api/v2/write?bucket=" + run + "&precision=ms"
                : url + "/api/v1/agent/receive/" + run);
    System.out.printf(
        "posting %,d points as %s: %,d series, %,d points per request, %d connections -> %s%n",
        batches * batch, format, series, batch, connections, target);

    AtomicLong next = new AtomicLong();
    AtomicLong sent = new AtomicLong();
    Latencies latencies = new Latencies();
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread w =
          new Thread(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (long b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                  byte[] body = format.equals("line") ? payloads.lines(b) : payloads.pattooJson(b);
                  HttpRequest.Builder req =
                      HttpRequest.newBuilder(target)
                          .timeout(Duration.ofMinutes(2))
                          .header(
                              "Content-Type",
                              format.equals("line") ? "text/plain" : "application/json")
                          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                  if (token != null) {
                    req.header("Authorization", "Bearer " + token);
                  }
                  long s = System.nanoTime();
                  try {
                    HttpResponse<String> r =
                        http.send(req.build(), HttpResponse.BodyHandlers.ofString());
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
      System.exit(1);
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i] + " (see --help)");
      }
      String key = args[i].substring(2);
      if (key.equals("help")) {
        opts.put(key, "");
      } else if (i + 1 < args.length) {
        opts.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + key + " needs a value (see --help)");
      }
    }
    return opts;
  }
}
