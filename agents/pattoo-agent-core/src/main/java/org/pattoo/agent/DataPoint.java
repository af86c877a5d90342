package org.pattoo.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pattoo.agent.wire.Sha;

/**
 * One measured value of one series, validated as the original agents do (original-pattoo.md
 * §2.4-2.6): the key is lower-cased, numeric types hold finite numbers, a repeated metadata key
 * keeps its first value. {@link #checksum()} is the agent-side series identity.
 *
 * @param timestamp epoch ms of the measurement
 */
public record DataPoint(
    String key,
    DataType type,
    Number number,
    String text,
    long timestamp,
    List<Metadata> metadata) {

  public DataPoint {
    key = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key: expecting a non-empty string");
    }
    if (key.contains("pattoo")) {
      throw new IllegalArgumentException("key " + key + ": \"pattoo\" is reserved");
    }
    if (type == DataType.STRING ? text == null : number == null) {
      throw new IllegalArgumentException(key + ": no value for data type " + type.code());
    }
    if (number != null && !Double.isFinite(number.doubleValue())) {
      throw new IllegalArgumentException(key + ": expecting a finite number, found " + number);
    }
    Set<String> seen = new HashSet<>();
    List<Metadata> firstOfEach = new ArrayList<>();
    for (Metadata m : metadata) {
      if (seen.add(m.key())) {
        firstOfEach.add(m);
      }
    }
    metadata = List.copyOf(firstOfEach);
  }

  /** A numeric data point of a numeric type (int, float or a counter). */
  public static DataPoint number(
      String key, DataType type, Number value, long timestamp, Metadata... metadata) {
    return new DataPoint(key, type, value, null, timestamp, List.of(metadata));
  }

  /** A string data point. */
  public static DataPoint text(String key, String value, long timestamp, Metadata... metadata) {
    return new DataPoint(key, DataType.STRING, null, value, timestamp, List.of(metadata));
  }

  /** The original chain: SHA-256 of key + type code, then of each identity label in order. */
  public String checksum() {
    String c = Sha.sha256(key + type.code());
    for (Metadata m : metadata) {
      if (m.identity()) {
        c = Sha.sha256(c + m.key() + m.value());
      }
    }
    return c;
  }
}
