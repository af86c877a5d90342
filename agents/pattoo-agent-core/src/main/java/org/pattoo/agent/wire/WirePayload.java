package org.pattoo.agent.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;

/**
 * The body an original pattoo agent posts (original-pattoo.md §2.2): every distinct (key, value)
 * pair once in {@code key_value_pairs}, each data point a list of pair ids in the original's order
 * (its metadata, the agent metadata, then key, type, value, timestamp, checksum).
 */
public final class WirePayload {

  private final Map<String, Integer> ids = new LinkedHashMap<>();
  private final StringBuilder pairs = new StringBuilder();

  private WirePayload() {}

  public static byte[] json(AgentIdentity agent, long timestampMs, List<TargetData> targets) {
    return new WirePayload().build(agent, timestampMs, targets).getBytes(StandardCharsets.UTF_8);
  }

  private String build(AgentIdentity agent, long timestampMs, List<TargetData> targets) {
    List<String> datapoints = new ArrayList<>();
    for (TargetData target : targets) {
      for (DataPoint p : target.points()) {
        datapoints.add(datapoint(agent, target.target(), p));
      }
    }
    return "{\"pattoo_agent_timestamp\": "
        + timestampMs
        + ", \"pattoo_agent_id\": "
        + Json.string(agent.agentId())
        + ", \"pattoo_agent_polling_interval\": "
        + agent.pollingIntervalMs()
        + ", \"pattoo_datapoints\": {\"key_value_pairs\": {"
        + pairs
        + "}, \"datapoint_pairs\": ["
        + String.join(", ", datapoints)
        + "]}}";
  }

  private String datapoint(AgentIdentity agent, String target, DataPoint p) {
    List<Integer> list = new ArrayList<>();
    for (Metadata m : p.metadata()) {
      list.add(pair(m.key(), Json.string(m.value())));
    }
    // The agent's own metadata, as the original converter adds it: the interval outside the
    // identity, then the rest in key order inside it.
    String checksum = p.checksum();
    list.add(
        pair(
            "pattoo_agent_polling_interval",
            Json.string(Long.toString(agent.pollingIntervalMs()))));
    String[][] identity = {
      {"pattoo_agent_hostname", agent.hostname()},
      {"pattoo_agent_id", agent.agentId()},
      {"pattoo_agent_polled_target", target},
      {"pattoo_agent_program", agent.program()}
    };
    for (String[] kv : identity) {
      list.add(pair(kv[0], Json.string(kv[1])));
      checksum = Sha.sha256(checksum + kv[0] + kv[1]);
    }
    list.add(pair("pattoo_key", Json.string(p.key())));
    list.add(pair("pattoo_data_type", Integer.toString(p.type().code())));
    list.add(
        pair(
            "pattoo_value",
            p.type() == DataType.STRING ? Json.string(p.text()) : Json.number(p.number())));
    list.add(pair("pattoo_timestamp", Long.toString(p.timestamp())));
    list.add(pair("pattoo_checksum", Json.string(checksum)));
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",").append(list.get(i));
    }
    return out.append(']').toString();
  }

  /** The id of a pair, adding it to {@code key_value_pairs} the first time it is seen. */
  private int pair(String key, String jsonValue) {
    String json = "[" + Json.string(key) + ", " + jsonValue + "]";
    return ids.computeIfAbsent(
        json,
        k -> {
          int id = ids.size();
          pairs.append(id == 0 ? "" : ", ").append('"').append(id).append("\": ").append(json);
          return id;
        });
  }
}
