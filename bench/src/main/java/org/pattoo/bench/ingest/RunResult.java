package org.pattoo.bench.ingest;

import java.util.OptionalDouble;

/**
 * What one run measured: the points the target took, in how long, the request latency percentiles
 * (ms, nearest rank), and the points taken after the warm-up (the first {@link
 * LoadGenerator#WARM_UP_SECONDS}) in how long; none when the run was shorter.
 */
record RunResult(
    long points, double seconds, double p50Ms, double p99Ms, long warmPoints, double warmSeconds) {

  RunResult {
    if (seconds <= 0) {
      throw new IllegalArgumentException("seconds: expecting more than 0, found " + seconds);
    }
  }

  /** A run without a figure after the warm-up. */
  RunResult(long points, double seconds, double p50Ms, double p99Ms) {
    this(points, seconds, p50Ms, p99Ms, 0, 0);
  }

  double pointsPerSecond() {
    return points / seconds;
  }

  /** The rate once warm: a server just deployed still compiles its hot code at first. */
  OptionalDouble warmPointsPerSecond() {
    return warmSeconds > 0 ? OptionalDouble.of(warmPoints / warmSeconds) : OptionalDouble.empty();
  }
}
