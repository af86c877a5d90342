package org.pattoo.agent.example;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;

/**
 * Fetches one endpoint's JSON document each poll and turns the configured fields into data points.
 * The core never calls it twice at once, so it keeps no locks; other collectors run beside it.
 */
final class JsonCollector implements Collector {

  /** Larger answers are refused: an endpoint gone wrong must not exhaust the agent's heap. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final Endpoint endpoint;
  private final Clock clock;
  private final HttpClient client;

  JsonCollector(Endpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
    // Built without I/O: a server that is down is the poll's error, not a startup error.
    this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
  }

  @Override
  public String name() {
    return endpoint.target();
  }

  // tag::collect[]
  @Override
  public void collect(Sink sink) {
    long now = clock.millis(); // one timestamp for every point of this poll
    JsonStructure doc;
    try {
      doc = fetch();
    } catch (IOException | JsonException e) {
      sink.failed(endpoint.target(), "GET " + endpoint.url() + ": " + reason(e));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the agent is stopping
      return;
    }
    List<DataPoint> points = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Field field : endpoint.fields()) {
      try {
        points.add(field.read(doc, now, endpoint.metadata()));
      } catch (Field.FieldException e) {
        problems.add(e.getMessage());
      }
    }
    if (!points.isEmpty()) {
      sink.add(new TargetData(endpoint.target(), points));
    }
    if (!problems.isEmpty()) { // the fields that were there are posted all the same
      sink.failed(endpoint.target(), String.join("; ", problems));
    }
  }

  // end::collect[]

  private JsonStructure fetch() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.url())
            .timeout(endpoint.timeout())
            .header("Accept", "application/json")
            .build();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("answered HTTP " + response.statusCode());
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new IOException("answer over " + MAX_BODY_BYTES + " bytes");
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.read();
    }
  }

  private String reason(Exception e) {
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + endpoint.timeout().toSeconds() + " s";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof JsonException) {
      return "not JSON: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
