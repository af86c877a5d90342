package org.pattoo.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Posts GraphQL requests to the test server, as any client would: by default with the read-only API
 * token of {@link TestUsers#READER}, or with the Authorization header given.
 */
public final class GraphQL {

  public static final String PATH = "/pattoo/api/v1/web/graphql";

  private GraphQL() {}

  /** The whole answer, {@code data} and {@code errors}; {@code variables} is a JSON object. */
  public static JsonObject post(String query, JsonObject variables) throws Exception {
    return postAs(TestUsers.readerAuthorization(), query, variables);
  }

  /** The same with this Authorization header, or none when {@code authorization} is null. */
  public static JsonObject postAs(String authorization, String query, JsonObject variables)
      throws Exception {
    return parse(send(authorization, query, variables));
  }

  /** The raw HTTP answer, for status codes and headers. */
  public static HttpResponse<String> send(String authorization, String query, JsonObject variables)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("query", query)
            .add("variables", variables)
            .build()
            .toString();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return authorization == null
        ? TestServer.post(PATH, bytes, "Content-Type", "application/json")
        : TestServer.post(
            PATH, bytes, "Content-Type", "application/json", "Authorization", authorization);
  }

  public static JsonObject parse(HttpResponse<String> answer) {
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
