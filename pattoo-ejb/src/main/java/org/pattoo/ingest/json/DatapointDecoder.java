package org.pattoo.ingest.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Scalar[] reserved = new Scalar[ReservedKey.values().length];
    Map<String, String> metadata = new LinkedHashMap<>();
    int before = problems.count();
    for (long id : body.datapoints.get(index)) {
      PostedBody.Pair pair = body.pairs.get(id);
      if (pair == null) {
        problems.add(path(), "unknown pair id " + id);
      } else if (pair.reserved() != null) {
        int k = pair.reserved().ordinal();
        if (reserved[k] != null) {
          problems.add(path(), pair.key() + " given twice");
        } else {
          reserved[k] = pair.value();
        }
      } else if (!pair.key().startsWith("pattoo") && pair.value().isString()) {
        // As the original: metadata keys are re-tokenized, non-string values dropped, first wins.
        String key = Names.tokenize(pair.key());
        if (!key.isEmpty()) {
          metadata.putIfAbsent(key, pair.value().text());
        }
      }
    }
    for (ReservedKey key : ReservedKey.REQUIRED) {
      if (reserved[key.ordinal()] == null) {
        problems.add(path(), "missing " + key.key);
      }
    }
    if (problems.count() > before) {
      return;
    }
    String program = text(reserved, ReservedKey.AGENT_PROGRAM);
    String agentId = text(reserved, ReservedKey.AGENT_ID);
    String target = text(reserved, ReservedKey.AGENT_POLLED_TARGET);
    String hostname = text(reserved, ReservedKey.AGENT_HOSTNAME);
    String agentChecksum = text(reserved, ReservedKey.CHECKSUM);
    String key = text(reserved, ReservedKey.KEY);
    DataType type = dataType(reserved[ReservedKey.DATA_TYPE.ordinal()]);
    long timestamp = timestamp(reserved[ReservedKey.TIMESTAMP.ordinal()]);
    long interval = pollingInterval(reserved[ReservedKey.AGENT_POLLING_INTERVAL.ordinal()]);
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
    addValue(batch, s, type, timestamp, reserved[ReservedKey.VALUE.ordinal()]);
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

  private String text(Scalar[] reserved, ReservedKey reservedKey) {
    Scalar s = reserved[reservedKey.ordinal()];
    String key = reservedKey.key;
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
