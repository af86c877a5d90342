package org.pattoo.agent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;
import org.pattoo.testing.GraphQL;

/** What an agent's datapoints hold, read back through GraphQL as a user would. */
final class AgentValues {

  private AgentValues() {}

  /** The newest value of each datapoint of this agent, by key: a number, or a string's text. */
  static Map<String, Object> byKey(String agentId) throws Exception {
    Map<String, Object> out = new TreeMap<>();
    if (agentId.isEmpty()) {
      return out;
    }
    JsonObject data =
        GraphQL.data(
            "query($agent: String) { datapoints(filter: {agentId: $agent}, first: 1000) {"
                + " edges { node { key latest { value text } } } } }",
            Json.createObjectBuilder().add("agent", agentId).build());
    for (JsonValue edge : data.getJsonObject("datapoints").getJsonArray("edges")) {
      JsonObject node = edge.asJsonObject().getJsonObject("node");
      if (node.isNull("latest")) {
        continue;
      }
      JsonObject latest = node.getJsonObject("latest");
      out.put(
          node.getString("key"),
          latest.isNull("value")
              ? latest.getString("text")
              : (Object) latest.getJsonNumber("value").doubleValue());
    }
    return out;
  }

  /**
   * The newest numeric value of each datapoint of this agent that has one, by the value of its
   * metadata {@code label} (the agent's own name for it, e.g. the register address or the OID).
   */
  static Map<String, Double> latest(String agentId, String label) throws Exception {
    Map<String, Double> out = new TreeMap<>();
    if (agentId.isEmpty()) {
      return out;
    }
    JsonObject data =
        GraphQL.data(
            "query($agent: String) { datapoints(filter: {agentId: $agent}, first: 1000) {"
                + " edges { node { metadata { key value } latest { value } } } } }",
            Json.createObjectBuilder().add("agent", agentId).build());
    for (JsonValue edge : data.getJsonObject("datapoints").getJsonArray("edges")) {
      JsonObject node = edge.asJsonObject().getJsonObject("node");
      if (node.isNull("latest") || node.getJsonObject("latest").isNull("value")) {
        continue;
      }
      double value = node.getJsonObject("latest").getJsonNumber("value").doubleValue();
      for (JsonValue m : node.getJsonArray("metadata")) {
        String key = m.asJsonObject().getString("key");
        if (key.equals(label) || key.endsWith("_" + label)) {
          out.put(m.asJsonObject().getString("value"), value);
        }
      }
    }
    return out;
  }
}
