package org.pattoo.ingest.json;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.Problems;

/**
 * The grammar of an original agent's body: four top-level keys, {@code key_value_pairs} and {@code
 * datapoint_pairs}, read event by event so deep nesting or huge strings cost no more than their
 * bytes. A structural error stops the reading; a misplaced key is noted and skipped.
 */
final class PattooJsonReader {

  static final String DATAPOINTS = "$.pattoo_datapoints";
  static final String DATAPOINT_PAIRS = DATAPOINTS + ".datapoint_pairs";
  private static final String PAIRS = DATAPOINTS + ".key_value_pairs";

  private final JsonParser parser;
  private final Problems problems;
  private final int maxPoints;
  private final PostedBody body = new PostedBody();
  private final Map<String, Boolean> topKeys = new LinkedHashMap<>();

  PattooJsonReader(JsonParser parser, Problems problems, int maxPoints) {
    this.parser = parser;
    this.problems = problems;
    this.maxPoints = maxPoints;
    for (String key :
        List.of(
            "pattoo_agent_id",
            "pattoo_agent_polling_interval",
            "pattoo_agent_timestamp",
            "pattoo_datapoints")) {
      topKeys.put(key, false);
    }
  }

  PostedBody read() throws InvalidPayloadException, PayloadTooLargeException {
    expect(Event.START_OBJECT, "$", "an object");
    for (Event e = next("$"); e == Event.KEY_NAME; e = next("$")) {
      String key = parser.getString();
      String path = "$." + key;
      Event value = next(path);
      if (topKeys.replace(key, true) == null) {
        problems.add(path, "unknown key (expecting exactly " + topKeys.keySet() + ")");
        skip(value);
        continue;
      }
      switch (key) {
        case "pattoo_agent_id" -> nonEmptyText(scalar(value, path), path);
        case "pattoo_agent_polling_interval" -> body.pollingIntervalMs = integer(value, path);
        case "pattoo_agent_timestamp" -> integer(value, path);
        default -> readDatapoints(value);
      }
    }
    if (parser.hasNext()) {
      problems.fail("$", "unexpected data after the object");
    }
    topKeys.forEach((k, seen) -> problems.check(seen, "$", "missing key " + k));
    return body;
  }

  private void readDatapoints(Event start)
      throws InvalidPayloadException, PayloadTooLargeException {
    if (start != Event.START_OBJECT) {
      problems.fail(DATAPOINTS, "expecting an object with key_value_pairs and datapoint_pairs");
    }
    boolean sawPairs = false;
    boolean sawDatapoints = false;
    for (Event e = next(DATAPOINTS); e == Event.KEY_NAME; e = next(DATAPOINTS)) {
      String key = parser.getString();
      Event value = next(DATAPOINTS + "." + key);
      if (key.equals("key_value_pairs")) {
        sawPairs = true;
        readPairs(value);
      } else if (key.equals("datapoint_pairs")) {
        sawDatapoints = true;
        readDatapointPairs(value);
      } else {
        problems.add(DATAPOINTS + "." + key, "unknown key");
        skip(value);
      }
    }
    problems.check(sawPairs, DATAPOINTS, "missing key key_value_pairs");
    problems.check(sawDatapoints, DATAPOINTS, "missing key datapoint_pairs");
  }

  private void readPairs(Event start) throws InvalidPayloadException {
    if (start != Event.START_OBJECT) {
      problems.fail(PAIRS, "expecting an object of id: [key, value]");
    }
    // Paths are built only for a problem: a body holds thousands of pairs.
    for (Event e = next(PAIRS); e == Event.KEY_NAME; e = next(PAIRS)) {
      String id = parser.getString();
      long pairId;
      try {
        pairId = Long.parseLong(id);
      } catch (NumberFormatException ex) {
        problems.fail(PAIRS + "." + id, "expecting an integer pair id, found \"" + id + "\"");
        return;
      }
      if (nextInPair(id) != Event.START_ARRAY) {
        problems.fail(PAIRS + "." + id, "expecting [key, value]");
      }
      if (nextInPair(id) != Event.VALUE_STRING) {
        problems.fail(PAIRS + "." + id + "[0]", "expecting a string key");
      }
      String key = parser.getString();
      Scalar value = Scalar.of(nextInPair(id), parser);
      if (value == null) {
        problems.fail(PAIRS + "." + id + "[1]", "expecting a string or a number");
      }
      if (nextInPair(id) != Event.END_ARRAY) {
        problems.fail(PAIRS + "." + id, "expecting exactly [key, value]");
      }
      body.pairs.put(pairId, new PostedBody.Pair(key, value, ReservedKey.of(key)));
    }
  }

  private void readDatapointPairs(Event start)
      throws InvalidPayloadException, PayloadTooLargeException {
    if (start != Event.START_ARRAY) {
      problems.fail(DATAPOINT_PAIRS, "expecting an array of arrays of pair ids");
    }
    List<long[]> datapoints = body.datapoints;
    for (Event e = next(DATAPOINT_PAIRS); e != Event.END_ARRAY; e = next(DATAPOINT_PAIRS)) {
      String path = DATAPOINT_PAIRS + "[" + datapoints.size() + "]";
      if (e != Event.START_ARRAY) {
        problems.fail(path, "expecting an array of pair ids");
      }
      if (datapoints.size() == maxPoints) {
        throw new PayloadTooLargeException(
            "more than " + maxPoints + " datapoints in one request (pattoo.ingest.max-points)");
      }
      long[] ids = new long[16];
      int n = 0;
      for (Event id = next(path); id != Event.END_ARRAY; id = next(path)) {
        if (id != Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
          problems.fail(path + "[" + n + "]", "expecting an integer pair id");
        }
        if (n == ids.length) {
          ids = Arrays.copyOf(ids, 2 * n);
        }
        ids[n++] = parser.getLong();
      }
      datapoints.add(Arrays.copyOf(ids, n));
    }
  }

  private Scalar scalar(Event e, String path) throws InvalidPayloadException {
    Scalar s = Scalar.of(e, parser);
    if (s == null) {
      problems.fail(path, "expecting a string or a number");
    }
    return s;
  }

  private void nonEmptyText(Scalar s, String path) {
    problems.check(
        s.isString() && !s.text().isBlank(), path, "expecting a non-empty string, found " + s);
  }

  private long integer(Event e, String path) throws InvalidPayloadException {
    Long value = e == Event.VALUE_NUMBER ? Scalar.longOf(parser.getString()).orElse(null) : null;
    if (value == null) {
      problems.fail(path, "expecting an integer");
    }
    return value;
  }

  /** The next event inside pair {@code id}; its path is built only for a problem. */
  private Event nextInPair(String id) throws InvalidPayloadException {
    if (!parser.hasNext()) {
      problems.fail(PAIRS + "." + id, "unexpected end of the body");
    }
    return parser.next();
  }

  private Event next(String path) throws InvalidPayloadException {
    if (!parser.hasNext()) {
      problems.fail(path, "unexpected end of the body");
    }
    return parser.next();
  }

  private void expect(Event expected, String path, String what) throws InvalidPayloadException {
    if (next(path) != expected) {
      problems.fail(path, "expecting " + what);
    }
  }

  private void skip(Event e) {
    if (e == Event.START_OBJECT) {
      parser.skipObject();
    } else if (e == Event.START_ARRAY) {
      parser.skipArray();
    }
  }
}
