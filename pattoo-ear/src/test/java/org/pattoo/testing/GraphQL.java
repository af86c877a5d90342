package org.pattoo.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Posts GraphQL requests to the test server, as any client would. */
public final class GraphQL {

  public static final String PATH = "/pattoo/api/v1/web/graphql";

  private GraphQL() {}

  /** The whole answer, {@code data} and {@code errors}; {@code variables} is a JSON object. */
  public static JsonObject post(String query, JsonObject variables) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("query", query)
            .add("variables", variables)
            .build()
            .toString();
    HttpResponse<String> answer =
        TestServer.post(
            PATH, body.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  public static JsonObject post(String query) throws Exception {
    return post(query, JsonValue.EMPTY_JSON_OBJECT);
  }

  /** The {@code data} of an answer that must have no errors. */
  public static JsonObject data(String query, JsonObject variables) throws Exception {
    JsonObject answer = post(query, variables);
    if (answer.containsKey("errors")) {
      throw new AssertionError("GraphQL errors: " + answer.get("errors"));
    }
    return answer.getJsonObject("data");
  }

  public static JsonObject data(String query) throws Exception {
    return data(query, JsonValue.EMPTY_JSON_OBJECT);
  }

  /** The message of the first error of an answer that must fail. */
  public static String error(String query, JsonObject variables) throws Exception {
    JsonObject answer = post(query, variables);
    if (!answer.containsKey("errors")) {
      throw new AssertionError("expected a GraphQL error, got " + answer);
    }
    return answer.getJsonArray("errors").getJsonObject(0).getString("message");
  }

  public static String error(String query) throws Exception {
    return error(query, JsonValue.EMPTY_JSON_OBJECT);
  }
}
