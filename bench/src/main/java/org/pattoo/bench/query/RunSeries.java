package org.pattoo.bench.query;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The datapoint ids a line-protocol run stored, listed page by page through GraphQL. */
final class RunSeries {

  private static final String QUERY =
      """
      query ($filter: DatapointFilter, $after: String) {
        datapoints(filter: $filter, first: 1000, after: $after) {
          edges { node { idxDatapoint } }
          pageInfo { hasNextPage endCursor }
        }
      }""";

  private RunSeries() {}

  /** The first {@code wanted} series of agent {@code influx:<run>}; fails if it has fewer. */
  static List<Long> of(GraphQL graphql, String run, int wanted) throws InterruptedException {
    String agentId = "influx:" + run;
    List<Long> ids = new ArrayList<>();
    JsonValue after = JsonValue.NULL;
    while (ids.size() < wanted) {
      JsonObjectBuilder variables =
          Json.createObjectBuilder()
              .add("filter", Json.createObjectBuilder().add("agentId", agentId))
              .add("after", after);
      JsonObject page = graphql.send(QUERY, variables.build()).data().getJsonObject("datapoints");
      for (JsonValue edge : page.getJsonArray("edges")) {
        JsonObject node = edge.asJsonObject().getJsonObject("node");
        ids.add(node.getJsonNumber("idxDatapoint").longValueExact());
      }
      JsonObject info = page.getJsonObject("pageInfo");
      if (!info.getBoolean("hasNextPage")) {
        break;
      }
      after = info.get("endCursor");
      if (ids.size() % 10_000 == 0) {
        System.out.printf("  listed %,d datapoints of %s%n", ids.size(), agentId);
      }
    }
    if (ids.size() < wanted) {
      throw new IllegalStateException(
          agentId
              + " has "
              + ids.size()
              + " series, fewer than --series "
              + wanted
              + ": leave out --run and the query benchmark seeds a run of its own");
    }
    return List.copyOf(ids.subList(0, wanted));
  }
}
