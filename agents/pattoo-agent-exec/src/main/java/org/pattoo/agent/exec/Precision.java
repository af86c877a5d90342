package org.pattoo.agent.exec;

import java.util.Optional;

/** The unit of line protocol timestamps, as InfluxDB's {@code precision} parameter. */
enum Precision {
  NS("ns", 1_000_000, true),
  US("us", 1_000, true),
  MS("ms", 1, false),
  S("s", 1_000, false);

  private final String configName;
  private final long factor;
  private final boolean divides;

  Precision(String configName, long factor, boolean divides) {
    this.configName = configName;
    this.factor = factor;
    this.divides = divides;
  }

  static Optional<Precision> of(String name) {
    for (Precision p : values()) {
      if (p.configName.equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Epoch milliseconds of a timestamp in this unit; sub-millisecond digits are dropped. */
  long toMillis(long timestamp) {
    return divides ? Math.floorDiv(timestamp, factor) : Math.multiplyExact(timestamp, factor);
  }
}
