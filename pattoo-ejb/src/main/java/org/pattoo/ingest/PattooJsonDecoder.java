package org.pattoo.ingest;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pattoo.config.IngestLimits;
import org.pattoo.series.CounterMath;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Names;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/**
 * Decodes the body an original pattoo agent posts (original-pattoo.md §2.2-2.7) with a streaming
 * parser, so deep nesting or huge strings cost no more than their bytes. Structural errors stop at
 * the first; errors in datapoints are collected, so a client learns everything at once.
 */
public final class PattooJsonDecoder {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final int MAX_VIOLATIONS = 50;
  private static final String DATAPOINTS = "$.pattoo_datapoints";
  private static final String PAIRS = DATAPOINTS + ".key_value_pairs";
  private static final String DATAPOINT_PAIRS = DATAPOINTS + ".datapoint_pairs";
  private static final List<String> REQUIRED =
      List.of(
          "pattoo_key",
          "pattoo_value",
          "pattoo_data_type",
          "pattoo_timestamp",
          "pattoo_checksum",
          "pattoo_agent_id",
          "pattoo_agent_program",
          "pattoo_agent_hostname",
          "pattoo_agent_polled_target");
  private static final Set<String> RESERVED =
      Set.of(
          "pattoo_key",
          "pattoo_value",
          "pattoo_data_type",
          "pattoo_timestamp",
          "pattoo_checksum",
          "pattoo_metadata",
          "pattoo_agent_id",
          "pattoo_agent_program",
          "pattoo_agent_hostname",
          "pattoo_agent_polled_target",
          "pattoo_agent_polling_interval");

  private final IngestLimits limits;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<Long, Pair> pairs = new HashMap<>();
  private final List<long[]> datapoints = new ArrayList<>();
  private final Map<String, Boolean> topKeys = new LinkedHashMap<>();
  private long topPollingInterval;
  private JsonParser parser;

  private PattooJsonDecoder(IngestLimits limits) {
    this.limits = limits;
    for (String key :
        List.of(
            "pattoo_agent_id",
            "pattoo_agent_polling_interval",
            "pattoo_agent_timestamp",
            "pattoo_datapoints")) {
      topKeys.put(key, false);
    }
  }

  /** A scalar as posted: its JSON kind and its text (numbers keep their literal text). */
  private record Scalar(Event kind, String text) {
    boolean isNumber() {
      return kind == Event.VALUE_NUMBER;
    }

    @Override
    public String toString() {
      return kind == Event.VALUE_STRING ? "\"" + text + "\"" : text;
    }
  }

  private record Pair(String key, Scalar value) {}

  /** Decodes a whole body; nothing is returned unless all of it is valid. */
  public static SampleBatch decode(InputStream body, IngestLimits limits)
      throws InvalidPayloadException, PayloadTooLargeException {
    return new PattooJsonDecoder(limits).run(body);
  }

  private SampleBatch run(InputStream body)
      throws InvalidPayloadException, PayloadTooLargeException {
    try (JsonParser p = JSON.createParser(body)) {
      parser = p;
      readTop();
    } catch (JsonParsingException e) {
      throw new InvalidPayloadException(
          new Violation(
              "$",
              "malformed JSON at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ": "
                  + e.getMessage()));
    } catch (jakarta.json.JsonException e) {
      if (e.getCause() instanceof LimitedInputStream.LimitExceeded tooLarge) {
        throw new PayloadTooLargeException(tooLarge.getMessage());
      }
      throw new InvalidPayloadException(new Violation("$", "unreadable body: " + e.getMessage()));
    }
    topKeys.forEach((k, seen) -> check(seen, "$", "missing key " + k));
    throwIfViolations();
    SampleBatch batch = new SampleBatch();
    for (int i = 0; i < datapoints.size(); i++) {
      addDatapoint(batch, i, datapoints.get(i));
    }
    throwIfViolations();
    return batch;
  }

  private void readTop() throws InvalidPayloadException, PayloadTooLargeException {
    expect(Event.START_OBJECT, "$", "an object");
    for (Event e = next("$"); e == Event.KEY_NAME; e = next("$")) {
      String key = parser.getString();
      String path = "$." + key;
      Event value = next(path);
      if (topKeys.replace(key, true) == null) {
        violation(path, "unknown key (expecting exactly " + topKeys.keySet() + ")");
        skip(value);
        continue;
      }
      switch (key) {
        case "pattoo_agent_id" -> scalarText(scalar(value, path), path);
        case "pattoo_agent_polling_interval" -> topPollingInterval = integer(value, path);
        case "pattoo_agent_timestamp" -> integer(value, path);
        default -> readDatapoints(value);
      }
    }
    if (parser.hasNext()) {
      throw new InvalidPayloadException(new Violation("$", "unexpected data after the object"));
    }
  }

  private void readDatapoints(Event start)
      throws InvalidPayloadException, PayloadTooLargeException {
    if (start != Event.START_OBJECT) {
      fail(DATAPOINTS, "expecting an object with key_value_pairs and datapoint_pairs");
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
        violation(DATAPOINTS + "." + key, "unknown key");
        skip(value);
      }
    }
    check(sawPairs, DATAPOINTS, "missing key key_value_pairs");
    check(sawDatapoints, DATAPOINTS, "missing key datapoint_pairs");
  }

  private void readPairs(Event start) throws InvalidPayloadException {
    if (start != Event.START_OBJECT) {
      fail(PAIRS, "expecting an object of id: [key, value]");
    }
    for (Event e = next(PAIRS); e == Event.KEY_NAME; e = next(PAIRS)) {
      String id = parser.getString();
      String path = PAIRS + "." + id;
      long pairId;
      try {
        pairId = Long.parseLong(id);
      } catch (NumberFormatException ex) {
        fail(path, "expecting an integer pair id, found \"" + id + "\"");
        return;
      }
      if (next(path) != Event.START_ARRAY) {
        fail(path, "expecting [key, value]");
      }
      Event keyEvent = next(path);
      if (keyEvent != Event.VALUE_STRING) {
        fail(path + "[0]", "expecting a string key");
      }
      String key = parser.getString();
      Scalar value = scalar(next(path), path + "[1]");
      if (next(path) != Event.END_ARRAY) {
        fail(path, "expecting exactly [key, value]");
      }
      pairs.put(pairId, new Pair(key, value));
    }
  }

  private void readDatapointPairs(Event start)
      throws InvalidPayloadException, PayloadTooLargeException {
    if (start != Event.START_ARRAY) {
      fail(DATAPOINT_PAIRS, "expecting an array of arrays of pair ids");
    }
    for (Event e = next(DATAPOINT_PAIRS); e != Event.END_ARRAY; e = next(DATAPOINT_PAIRS)) {
      String path = DATAPOINT_PAIRS + "[" + datapoints.size() + "]";
      if (e != Event.START_ARRAY) {
        fail(path, "expecting an array of pair ids");
      }
      if (datapoints.size() == limits.maxPoints()) {
        throw new PayloadTooLargeException(
            "more than "
                + limits.maxPoints()
                + " datapoints in one request (pattoo.ingest.max-points)");
      }
      List<Long> ids = new ArrayList<>();
      for (Event id = next(path); id != Event.END_ARRAY; id = next(path)) {
        if (id != Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
          fail(path + "[" + ids.size() + "]", "expecting an integer pair id");
        }
        ids.add(parser.getLong());
      }
      datapoints.add(ids.stream().mapToLong(Long::longValue).toArray());
    }
  }

  private void addDatapoint(SampleBatch batch, int index, long[] ids) {
    String path = DATAPOINT_PAIRS + "[" + index + "]";
    Map<String, Scalar> reserved = new HashMap<>();
    Map<String, String> metadata = new LinkedHashMap<>();
    int before = violations.size();
    for (long id : ids) {
      Pair pair = pairs.get(id);
      if (pair == null) {
        violation(path, "unknown pair id " + id);
      } else if (RESERVED.contains(pair.key())) {
        check(
            reserved.putIfAbsent(pair.key(), pair.value()) == null,
            path,
            pair.key() + " given twice");
      } else if (!pair.key().startsWith("pattoo") && pair.value().kind() == Event.VALUE_STRING) {
        // As the original: metadata keys are re-tokenized, non-string values dropped, first wins.
        String key = Names.tokenize(pair.key());
        if (!key.isEmpty()) {
          metadata.putIfAbsent(key, pair.value().text());
        }
      }
    }
    for (String key : REQUIRED) {
      check(reserved.containsKey(key), path, "missing " + key);
    }
    if (violations.size() > before) {
      return;
    }
    String program = text(reserved, "pattoo_agent_program", path);
    String agentId = text(reserved, "pattoo_agent_id", path);
    String target = text(reserved, "pattoo_agent_polled_target", path);
    String hostname = text(reserved, "pattoo_agent_hostname", path);
    String agentChecksum = text(reserved, "pattoo_checksum", path);
    String key = text(reserved, "pattoo_key", path);
    DataType type = dataType(reserved.get("pattoo_data_type"), path);
    long timestamp = timestamp(reserved.get("pattoo_timestamp"), path);
    long interval = pollingInterval(reserved.get("pattoo_agent_polling_interval"), path);
    List<Label> labels = new ArrayList<>();
    metadata.forEach(
        (k, v) -> {
          Label label = new Label(Names.prefixed(program, k), v);
          checkLength(label.key(), path, "metadata key " + k);
          checkLength(v, path, "metadata " + k);
          labels.add(label);
        });
    Scalar value = reserved.get("pattoo_value");
    if (violations.size() > before) {
      return;
    }
    Series series =
        new Series(
            SeriesIdentity.checksum(agentId, target, agentChecksum),
            agentId,
            target,
            program,
            hostname,
            Names.prefixed(program, key),
            type,
            interval,
            labels);
    int s = batch.indexOf(series);
    if (type.isNumeric()) {
      Double number = number(value, type, path);
      if (number != null && type.isCounter()) {
        batch.addCounter(s, timestamp, number, CounterMath.beyondDouble(value.text(), number));
      } else if (number != null) {
        batch.addNumber(s, timestamp, number);
      }
    } else if (value.kind() == Event.VALUE_STRING || value.isNumber()) {
      if (checkLength(value.text(), path, "pattoo_value")) {
        batch.addText(s, timestamp, value.text());
      }
    } else {
      violation(path, "pattoo_value: expecting a string for data type 2, found " + value);
    }
  }

  private String text(Map<String, Scalar> reserved, String key, String path) {
    Scalar s = reserved.get(key);
    if (s.kind() != Event.VALUE_STRING && !s.isNumber()) {
      violation(path, key + ": expecting a string, found " + s);
      return "?";
    }
    if (s.text().isBlank()) {
      violation(path, key + ": expecting a non-empty string");
      return "?";
    }
    checkLength(s.text(), path, key);
    return s.text();
  }

  private DataType dataType(Scalar s, String path) {
    Long code = s.isNumber() ? longOf(s.text()) : null;
    DataType type = code == null ? null : DataType.ofCode(code).orElse(null);
    if (type == null) {
      violation(path, "pattoo_data_type: expecting one of 2, 32, 64, 99, 101, found " + s);
      return DataType.INT;
    }
    return type;
  }

  private long timestamp(Scalar s, String path) {
    Long ts = s.isNumber() || s.kind() == Event.VALUE_STRING ? longOf(s.text()) : null;
    if (ts == null) {
      violation(path, "pattoo_timestamp: expecting integer epoch milliseconds, found " + s);
      return 0;
    }
    String problem = limits.timestampProblem(ts);
    check(problem == null, path, "pattoo_timestamp: " + problem);
    return ts;
  }

  private long pollingInterval(Scalar s, String path) {
    Long ms = s == null ? Long.valueOf(topPollingInterval) : longOf(s.text());
    if (ms == null || ms <= 0 || ms > Integer.MAX_VALUE) {
      violation(
          path,
          "pattoo_agent_polling_interval: expecting milliseconds 1-"
              + Integer.MAX_VALUE
              + ", found "
              + (s == null ? topPollingInterval : s));
      return 1;
    }
    return ms;
  }

  private Double number(Scalar s, DataType type, String path) {
    Double value = null;
    if (s.isNumber() || s.kind() == Event.VALUE_STRING) {
      try {
        value = Double.parseDouble(s.text().trim());
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    String expected = type.isCounter() ? "a non-negative number" : "a number";
    if (value == null || value.isInfinite() || value.isNaN() || type.isCounter() && value < 0) {
      violation(
          path,
          "pattoo_value: expecting "
              + expected
              + " for data type "
              + type.code()
              + " ("
              + type.name().toLowerCase()
              + "), found "
              + s);
      return null;
    }
    return value;
  }

  private static Long longOf(String text) {
    try {
      return new BigDecimal(text.trim()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private Scalar scalar(Event e, String path) throws InvalidPayloadException {
    return switch (e) {
      case VALUE_STRING, VALUE_NUMBER -> new Scalar(e, parser.getString());
      case VALUE_TRUE -> new Scalar(e, "true");
      case VALUE_FALSE -> new Scalar(e, "false");
      case VALUE_NULL -> new Scalar(e, "null");
      default -> {
        fail(path, "expecting a string or a number");
        yield null;
      }
    };
  }

  private void scalarText(Scalar s, String path) {
    check(
        s.kind() == Event.VALUE_STRING && !s.text().isBlank(),
        path,
        "expecting a non-empty string, found " + s);
  }

  private long integer(Event e, String path) throws InvalidPayloadException {
    Long value = e == Event.VALUE_NUMBER ? longOf(parser.getString()) : null;
    if (value == null) {
      fail(path, "expecting an integer");
    }
    return value;
  }

  private Event next(String path) throws InvalidPayloadException {
    if (!parser.hasNext()) {
      fail(path, "unexpected end of the body");
    }
    return parser.next();
  }

  private void expect(Event expected, String path, String what) throws InvalidPayloadException {
    if (next(path) != expected) {
      fail(path, "expecting " + what);
    }
  }

  private void skip(Event e) {
    if (e == Event.START_OBJECT) {
      parser.skipObject();
    } else if (e == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private boolean checkLength(String text, String path, String what) {
    String problem = limits.lengthProblem(text);
    check(problem == null, path, what + ": " + problem);
    return problem == null;
  }

  private boolean check(boolean ok, String path, String message) {
    if (!ok) {
      violation(path, message);
    }
    return ok;
  }

  private void violation(String path, String message) {
    if (violations.size() < MAX_VIOLATIONS) {
      violations.add(new Violation(path, message));
    }
  }

  private void fail(String path, String message) throws InvalidPayloadException {
    violation(path, message);
    throwIfViolations();
  }

  private void throwIfViolations() throws InvalidPayloadException {
    if (!violations.isEmpty()) {
      throw new InvalidPayloadException(violations);
    }
  }
}
