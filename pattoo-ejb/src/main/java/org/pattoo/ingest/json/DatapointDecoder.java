package org.pattoo.ingest.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.Problems;
import org.pattoo.ingest.Reporter;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.SeriesCache;
import org.pattoo.series.CounterMath;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Names;

/**
 * What one datapoint of an original agent's body means: its reserved pairs say who reported what,
 * of which type, when; the other string pairs are its metadata (original-pattoo.md §2.3-2.5). Every
 * problem with it is noted, so a client learns them all at once.
 */
final class DatapointDecoder {

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

  private final PostedBody body;
  private final IngestLimits limits;
  private final Problems problems;
  private final SeriesCache seriesCache;
  private int index; // the datapoint being added

  DatapointDecoder(
      PostedBody body, IngestLimits limits, Problems problems, SeriesCache seriesCache) {
    this.body = body;
    this.limits = limits;
    this.problems = problems;
    this.seriesCache = seriesCache;
  }

  /** Adds datapoint {@code index} to {@code batch}, unless something is wrong with it. */
  void add(SampleBatch batch, int index) {
    this.index = index;
    Map<String, Scalar> reserved = new HashMap<>();
    Map<String, String> metadata = new LinkedHashMap<>();
    int before = problems.count();
    for (long id : body.datapoints.get(index)) {
      PostedBody.Pair pair = body.pairs.get(id);
      if (pair == null) {
        problems.add(path(), "unknown pair id " + id);
      } else if (RESERVED.contains(pair.key())) {
        if (reserved.putIfAbsent(pair.key(), pair.value()) != null) {
          problems.add(path(), pair.key() + " given twice");
        }
      } else if (!pair.key().startsWith("pattoo") && pair.value().isString()) {
        // As the original: metadata keys are re-tokenized, non-string values dropped, first wins.
        String key = Names.tokenize(pair.key());
        if (!key.isEmpty()) {
          metadata.putIfAbsent(key, pair.value().text());
        }
      }
    }
    for (String key : REQUIRED) {
      if (!reserved.containsKey(key)) {
        problems.add(path(), "missing " + key);
      }
    }
    if (problems.count() > before) {
      return;
    }
    String program = text(reserved, "pattoo_agent_program");
    String agentId = text(reserved, "pattoo_agent_id");
    String target = text(reserved, "pattoo_agent_polled_target");
    String hostname = text(reserved, "pattoo_agent_hostname");
    String agentChecksum = text(reserved, "pattoo_checksum");
    String key = text(reserved, "pattoo_key");
    DataType type = dataType(reserved.get("pattoo_data_type"));
    long timestamp = timestamp(reserved.get("pattoo_timestamp"));
    long interval = pollingInterval(reserved.get("pattoo_agent_polling_interval"));
    List<Label> labels = new ArrayList<>();
    metadata.forEach(
        (k, v) -> {
          checkLength(Names.prefixed(program, k), "metadata key " + k);
          checkLength(v, "metadata " + k);
          labels.add(new Label(k, v));
        });
    if (problems.count() > before) {
      return;
    }
    Reporter reporter = new Reporter(agentId, target, program, hostname, interval);
    int s = batch.indexOf(seriesCache.describe(reporter, key, type, labels, agentChecksum));
    addValue(batch, s, type, timestamp, reserved.get("pattoo_value"));
  }

  private void addValue(SampleBatch batch, int s, DataType type, long timestamp, Scalar value) {
    if (type.isNumeric()) {
      Double number = number(value, type);
      if (number != null && type.isCounter()) {
        batch.addCounter(s, timestamp, number, CounterMath.beyondDouble(value.text(), number));
      } else if (number != null) {
        batch.addNumber(s, timestamp, number);
      }
    } else if (value.isString() || value.isNumber()) {
      if (checkLength(value.text(), "pattoo_value")) {
        batch.addText(s, timestamp, value.text());
      }
    } else {
      problems.add(path(), "pattoo_value: expecting a string for data type 2, found " + value);
    }
  }

  private String text(Map<String, Scalar> reserved, String key) {
    Scalar s = reserved.get(key);
    if (!s.isString() && !s.isNumber()) {
      problems.add(path(), key + ": expecting a string, found " + s);
      return "?";
    }
    if (s.text().isBlank()) {
      problems.add(path(), key + ": expecting a non-empty string");
      return "?";
    }
    checkLength(s.text(), key);
    return s.text();
  }

  private DataType dataType(Scalar s) {
    Long code = s.isNumber() ? s.asLong().orElse(null) : null;
    DataType type = code == null ? null : DataType.ofCode(code).orElse(null);
    if (type == null) {
      problems.add(path(), "pattoo_data_type: expecting one of 2, 32, 64, 99, 101, found " + s);
      return DataType.INT;
    }
    return type;
  }

  private long timestamp(Scalar s) {
    Long ts = s.isNumber() || s.isString() ? s.asLong().orElse(null) : null;
    if (ts == null) {
      problems.add(path(), "pattoo_timestamp: expecting integer epoch milliseconds, found " + s);
      return 0;
    }
    String problem = limits.timestampProblem(ts);
    if (problem != null) {
      problems.add(path(), "pattoo_timestamp: " + problem);
    }
    return ts;
  }

  private long pollingInterval(Scalar s) {
    Long ms = s == null ? Long.valueOf(body.pollingIntervalMs) : s.asLong().orElse(null);
    if (ms == null || ms <= 0 || ms > Integer.MAX_VALUE) {
      problems.add(
          path(),
          "pattoo_agent_polling_interval: expecting milliseconds 1-"
              + Integer.MAX_VALUE
              + ", found "
              + (s == null ? body.pollingIntervalMs : s));
      return 1;
    }
    return ms;
  }

  private Double number(Scalar s, DataType type) {
    Double value = null;
    if (s.isNumber() || s.isString()) {
      try {
        value = Double.parseDouble(s.text().trim());
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    if (value == null || value.isInfinite() || value.isNaN() || type.isCounter() && value < 0) {
      problems.add(
          path(),
          "pattoo_value: expecting "
              + (type.isCounter() ? "a non-negative number" : "a number")
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

  private boolean checkLength(String text, String what) {
    String problem = limits.lengthProblem(text);
    if (problem != null) {
      problems.add(path(), what + ": " + problem);
    }
    return problem == null;
  }

  /** Where the current datapoint is, for its problems (built only when there is one). */
  private String path() {
    return PattooJsonReader.DATAPOINT_PAIRS + "[" + index + "]";
  }
}
