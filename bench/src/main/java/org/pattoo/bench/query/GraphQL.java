package org.pattoo.bench.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.pattoo.bench.Server;

/**
 * Sends GraphQL requests to the server's web API, one at a time. Only good answers come back: the
 * server answers errors with HTTP 200, and a benchmark that timed them would measure nothing.
 */
final class GraphQL {

  private final Server server;
  private final URI endpoint;

  GraphQL(Server server) {
    this.server = server;
    this.endpoint = server.uri("/api/v1/web/graphql");
  }

  /** The {@code data} of an answer and its round trip, parsing excluded. */
  record Reply(long nanos, JsonObject data) {}

  Reply send(String query, JsonObject variables) {
    byte[] body =
        Json.createObjectBuilder()
            .add("query", query)
            .add("variables", variables)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    String answer = server.apiPost(endpoint, "application/json", body);
    long nanos = System.nanoTime() - start;
    return new Reply(nanos, data(answer));
  }

  private JsonObject data(String text) {
    JsonObject answer;
    try {
      answer = Json.createReader(new StringReader(text)).readObject();
    } catch (JsonException e) {
      throw new IllegalStateException(
          endpoint + " answered no JSON object: " + Server.excerpt(text), e);
    }
    JsonArray errors = answer.getJsonArray("errors");
    if (errors != null && !errors.isEmpty()) {
      String first = errors.getJsonObject(0).getString("message", errors.get(0).toString());
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
      throw new IllegalStateException("GraphQL error: " + first + more);
    }
    if (!answer.containsKey("data") || answer.isNull("data")) {
      throw new IllegalStateException(endpoint + " answered without data: " + Server.excerpt(text));
    }
    return answer.getJsonObject("data");
  }
}
