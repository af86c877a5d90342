package org.pattoo.graphql.gate;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.json.Jsonp;

/**
 * The parts of a GraphQL-over-HTTP POST body ({@code {"query", "operationName", "variables"}}) that
 * the gate measures; numbers and lists among the variables are kept, as page sizes and id lists.
 */
record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

  static GraphQLRequest parse(byte[] body) throws Refusal {
    JsonObject json;
    try (var reader = Jsonp.reader(new ByteArrayInputStream(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Refusal(400, "BAD_REQUEST", "body: expecting a JSON object with a \"query\"");
    }
    if (!(json.get("query") instanceof JsonString query)) {
      throw new Refusal(400, "BAD_REQUEST", "query: expecting a string");
    }
    String operationName =
        json.get("operationName") instanceof JsonString name ? name.getString() : null;
    Map<String, Object> variables = new HashMap<>();
    if (json.get("variables") instanceof JsonObject vars) {
      vars.forEach((k, v) -> variables.put(k, plain(v)));
    }
    return new GraphQLRequest(query.getString(), operationName, variables);
  }

  private static Object plain(JsonValue value) {
    if (value instanceof JsonNumber n) {
      return n.isIntegral() ? n.longValue() : n.doubleValue();
    }
    if (value instanceof JsonArray a) {
      List<Object> items = new ArrayList<>(a.size());
      a.forEach(v -> items.add(plain(v)));
      return items;
    }
    return value;
  }
}
