package org.pattoo.bench.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code series} of {@code count} random series over the last {@code hours}, at the resolution the
 * server picks (AUTO), as a chart asks for them: timestamps and values as parallel arrays.
 */
record SeriesRead(List<Long> ids, int count, int hours) implements Read {

  private static final String QUERY =
      """
      query ($ids: [BigInteger!]!, $from: BigInteger!, $to: BigInteger!) {
        series(datapointIds: $ids, from: $from, to: $to) {
          idxDatapoint resolution stepMs timestamps values
        }
      }""";

  SeriesRead {
    if (count < 1 || count > ids.size()) {
      throw new IllegalArgumentException(
          "count: expecting 1 to " + ids.size() + " series, found " + count);
    }
  }

  @Override
  public String name() {
    String range = hours > 24 && hours % 24 == 0 ? hours / 24 + " d" : hours + " h";
    return "series " + range + " x " + count;
  }

  @Override
  public String query() {
    return QUERY;
  }

  @Override
  public JsonObject variables(Random random) {
    List<Long> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, random);
    long to = System.currentTimeMillis();
    return Json.createObjectBuilder()
        .add("ids", Json.createArrayBuilder(shuffled.subList(0, count)))
        .add("from", to - hours * 3_600_000L)
        .add("to", to)
        .build();
  }

  @Override
  public Answer check(JsonObject data) {
    JsonArray series = data.getJsonArray("series");
    if (series.size() != count) {
      throw new IllegalStateException(
          name() + ": answered " + series.size() + " of " + count + " series");
    }
    long points = 0;
    long values = 0;
    String resolution = series.getJsonObject(0).getString("resolution");
    for (JsonValue s : series) {
      JsonArray p = s.asJsonObject().getJsonArray("values");
      long withValue = p.stream().filter(v -> v.getValueType() != JsonValue.ValueType.NULL).count();
      if (withValue == 0) {
        throw new IllegalStateException(
            name() + ": datapoint " + s.asJsonObject().get("idxDatapoint") + " has no values");
      }
      points += p.size();
      values += withValue;
    }
    return new Answer(points, values, resolution);
  }
}
