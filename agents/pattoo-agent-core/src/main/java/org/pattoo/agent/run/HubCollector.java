package org.pattoo.agent.run;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pattoo.agent.Collector;

/**
 * The original's hub: asks every spoke at once for its data points and relays each answer,
 * unchanged, so a slow or dead spoke costs the others nothing but the shared time limit.
 */
final class HubCollector implements Collector {

  private final List<Spoke> spokes;
  private final long intervalSeconds;
  private final Duration timeout;
  private final HttpClient http;

  HubCollector(List<Spoke> spokes, long intervalSeconds, Duration timeout) {
    this.spokes = List.copyOf(spokes);
    this.intervalSeconds = intervalSeconds;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  @Override
  public void collect(Sink sink) {
    List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
    for (Spoke spoke : spokes) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(spoke.uri(intervalSeconds)).timeout(timeout).GET();
      spoke.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
      answers.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int i = 0; i < spokes.size(); i++) {
      Spoke spoke = spokes.get(i);
      try {
        HttpResponse<byte[]> r =
            answers.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (r.statusCode() == 200) {
          sink.relay(spoke.name(), r.body());
        } else {
          sink.failed(spoke.name(), "spoke answered " + r.statusCode());
        }
      } catch (TimeoutException e) {
        answers.get(i).cancel(true);
        sink.failed(spoke.name(), "no answer within " + timeout.toSeconds() + " s");
      } catch (ExecutionException e) {
        sink.failed(spoke.name(), "unreachable: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
