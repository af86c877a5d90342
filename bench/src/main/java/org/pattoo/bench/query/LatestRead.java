package org.pattoo.bench.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Random;

/** {@code latest} of every series, as a "current state" panel asks for it. */
record LatestRead(List<Long> ids) implements Read {

  private static final String QUERY =
      """
      query ($ids: [BigInteger!]!) {
        latest(datapointIds: $ids) { idxDatapoint timestamp value text rate }
      }""";

  @Override
  public String name() {
    return "latest x " + ids.size();
  }

  @Override
  public String query() {
    return QUERY;
  }

  @Override
  public JsonObject variables(Random random) {
    return Json.createObjectBuilder().add("ids", Json.createArrayBuilder(ids)).build();
  }

  @Override
  public Answer check(JsonObject data) {
    JsonArray samples = data.getJsonArray("latest");
    if (samples.size() != ids.size()) {
      throw new IllegalStateException(
          name() + ": answered " + samples.size() + " of " + ids.size() + " series");
    }
    return new Answer(samples.size(), samples.size(), "-");
  }
}
