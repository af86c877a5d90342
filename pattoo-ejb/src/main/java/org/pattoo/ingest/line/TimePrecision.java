package org.pattoo.ingest.line;

import java.util.Optional;

/** The {@code precision} parameter of the Influx write APIs: how to read line timestamps. */
public enum TimePrecision {
  NANOSECONDS(1_000_000, 1),
  MICROSECONDS(1_000, 1),
  MILLISECONDS(1, 1),
  SECONDS(1, 1_000),
  MINUTES(1, 60_000),
  HOURS(1, 3_600_000);

  private final long divisor;
  private final long multiplier;

  TimePrecision(long divisor, long multiplier) {
    this.divisor = divisor;
    this.multiplier = multiplier;
  }

  /** Epoch milliseconds of a timestamp in this precision (floored, as InfluxDB truncates). */
  public long toMillis(long timestamp) {
    return Math.multiplyExact(Math.floorDiv(timestamp, divisor), multiplier);
  }

  /** Both APIs' spellings: ns/n, us/u, ms, s, and for v1 also m and h; absent means ns. */
  public static Optional<TimePrecision> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.of(NANOSECONDS);
    }
    return Optional.ofNullable(
        switch (text) {
          case "ns", "n" -> NANOSECONDS;
          case "us", "u" -> MICROSECONDS;
          case "ms" -> MILLISECONDS;
          case "s" -> SECONDS;
          case "m" -> MINUTES;
          case "h" -> HOURS;
          default -> null;
        });
  }
}
