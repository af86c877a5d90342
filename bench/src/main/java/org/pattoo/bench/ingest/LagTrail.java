package org.pattoo.bench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The 5-minute rollup watermark's lag behind the clock, read during a steady run, and whether the
 * job kept up: then the lag rises and falls within the same range all along, so its largest value
 * in the run's second half is no more than the job's interval and a reading's above the first
 * half's (the job may run up to a minute later in one half, and a reading miss the peak by 30 s).
 */
final class LagTrail {

  /** The server's default rollup interval and the time between two readings. */
  static final double SLACK_SECONDS = 90;

  private record Reading(double atSeconds, double lagSeconds) {}

  private final List<Reading> readings = new ArrayList<>();

  synchronized void add(double atSeconds, double lagSeconds) {
    readings.add(new Reading(atSeconds, lagSeconds));
  }

  /** The largest lag read in [from, to) seconds into the run; empty when none was. */
  synchronized OptionalDouble largest(double from, double to) {
    return readings.stream()
        .filter(r -> r.atSeconds() >= from && r.atSeconds() < to)
        .mapToDouble(Reading::lagSeconds)
        .max();
  }

  /** The summary lines for a run of {@code seconds}. */
  String summary(double seconds) {
    OptionalDouble first = largest(0, seconds / 2);
    OptionalDouble second = largest(seconds / 2, Double.MAX_VALUE);
    if (first.isEmpty() || second.isEmpty()) {
      return "rollup lag        not read in both halves of the run (see the server log)\n";
    }
    double grew = second.getAsDouble() - first.getAsDouble();
    return String.format(
        "rollup lag        largest %.0f s in the first half, %.0f s in the second%n"
            + "rollups           %s%n",
        first.getAsDouble(),
        second.getAsDouble(),
        grew <= SLACK_SECONDS
            ? "kept up"
            : String.format(
                "fell behind: the lag grew by %.0f s, more than the %.0f s its readings vary by",
                grew, SLACK_SECONDS));
  }
}
