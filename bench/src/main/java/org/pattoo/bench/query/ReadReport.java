package org.pattoo.bench.query;

import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.TreeSet;
import org.pattoo.bench.Latencies;

/** What the timed requests of one kind of read measured, printed as one row of a table. */
final class ReadReport {

  private static final String ROW = "%-18s %8s %9s %9s %9s %14s %12s  %s%n";

  private final Latencies latencies = new Latencies();
  private final LongSummaryStatistics points = new LongSummaryStatistics();
  private final LongSummaryStatistics values = new LongSummaryStatistics();
  private final Set<String> resolutions = new TreeSet<>();

  void add(long nanos, Answer answer) {
    latencies.add(nanos);
    points.accept(answer.points());
    values.accept(answer.values());
    resolutions.add(answer.resolution());
  }

  int count() {
    return latencies.count();
  }

  Latencies latencies() {
    return latencies;
  }

  static String header() {
    return String.format(
        ROW,
        "read",
        "requests",
        "p50 ms",
        "p99 ms",
        "max ms",
        "points/answer",
        "with values",
        "resolution");
  }

  /** Points per answer are means: a range's edges may cut a bucket more or less. */
  String row(String name) {
    return String.format(
        ROW,
        name,
        latencies.count(),
        String.format("%.1f", latencies.percentileMs(50)),
        String.format("%.1f", latencies.percentileMs(99)),
        String.format("%.1f", latencies.percentileMs(100)),
        String.format("%,.0f", points.getAverage()),
        String.format("%,.0f", values.getAverage()),
        String.join(", ", resolutions));
  }
}
