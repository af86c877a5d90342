package org.pattoo.bench.metrics;

import java.util.Map;
import java.util.OptionalDouble;

/** One reading of the server's metrics: each sample's value, by metric name and labels. */
public final class Scrape {

  /** A sample's identity; labels compare as a set, whatever order the server wrote them in. */
  public record Series(String name, Map<String, String> labels) {

    public Series {
      labels = Map.copyOf(labels);
    }
  }

  private final Map<Series, Double> values;

  Scrape(Map<Series, Double> values) {
    this.values = Map.copyOf(values);
  }

  /** The value of the sample with exactly these labels, if the server wrote one. */
  public OptionalDouble value(String name, Map<String, String> labels) {
    Double value = values.get(new Series(name, labels));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public OptionalDouble value(String name) {
    return value(name, Map.of());
  }

  /**
   * Whether the server read its database gauges for this scrape; when it could not (a statement
   * timeout), they hold what an earlier scrape read.
   */
  public boolean databaseRead() {
    return value("pattoo_database_metrics_up").orElse(0) == 1;
  }
}
