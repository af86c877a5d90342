package org.pattoo.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds one original-format agent post holding many datapoints, each with its own pairs, as the
 * original agents send them (original-pattoo.md §2.2). Keys are stored prefixed with the program.
 */
public final class AgentPost {

  private final String agentId;
  private final String program;
  private final String target;
  private final JsonObjectBuilder pairs = Json.createObjectBuilder();
  private final JsonArrayBuilder datapoints = Json.createArrayBuilder();
  private int nextPair;

  public AgentPost(String agentId, String program, String target) {
    this.agentId = agentId;
    this.program = program;
    this.target = target;
  }

  /** A sample of series {@code key} (its checksum is the key and labels) with these labels. */
  public AgentPost add(
      String key, int dataType, JsonValue value, long ts, Map<String, String> labels) {
    List<Integer> refs = new ArrayList<>();
    refs.add(pair("pattoo_agent_id", Json.createValue(agentId)));
    refs.add(pair("pattoo_agent_program", Json.createValue(program)));
    refs.add(pair("pattoo_agent_hostname", Json.createValue("it.example.org")));
    refs.add(pair("pattoo_agent_polled_target", Json.createValue(target)));
    labels.forEach((k, v) -> refs.add(pair(k, Json.createValue(v))));
    refs.add(pair("pattoo_key", Json.createValue(key)));
    refs.add(pair("pattoo_data_type", Json.createValue(dataType)));
    refs.add(pair("pattoo_value", value));
    refs.add(pair("pattoo_timestamp", Json.createValue(ts)));
    refs.add(pair("pattoo_checksum", Json.createValue("c-" + key + labels)));
    JsonArrayBuilder list = Json.createArrayBuilder();
    refs.forEach(list::add);
    datapoints.add(list);
    return this;
  }

  /** A numeric sample; integer types and counters are sent as JSON integers, as agents do. */
  public AgentPost add(String key, int dataType, double value, long ts) {
    JsonValue json = dataType == 101 ? Json.createValue(value) : Json.createValue((long) value);
    return add(key, dataType, json, ts, Map.of());
  }

  public String json() {
    return Json.createObjectBuilder()
        .add("pattoo_agent_id", agentId)
        .add("pattoo_agent_polling_interval", 60_000)
        .add("pattoo_agent_timestamp", System.currentTimeMillis())
        .add(
            "pattoo_datapoints",
            Json.createObjectBuilder()
                .add("key_value_pairs", pairs.build())
                .add("datapoint_pairs", datapoints.build()))
        .build()
        .toString();
  }

  /** Posts with the test token; fails unless the server stored it. */
  public void post() throws Exception {
    HttpResponse<String> answer = IngestDeployment.postJson(agentId, json());
    if (answer.statusCode() != 200) {
      throw new AssertionError("post refused: " + answer.statusCode() + " " + answer.body());
    }
  }

  private int pair(String key, JsonValue value) {
    int index = nextPair++;
    pairs.add(Integer.toString(index), Json.createArrayBuilder().add(key).add(value));
    return index;
  }
}
