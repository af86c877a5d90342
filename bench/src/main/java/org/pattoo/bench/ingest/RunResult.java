package org.pattoo.bench.ingest;

/**
 * What one run measured: the points the target took, in how long, and the request latency
 * percentiles (ms, nearest rank).
 */
record RunResult(long points, double seconds, double p50Ms, double p99Ms) {

  RunResult {
    if (seconds <= 0) {
      throw new IllegalArgumentException("seconds: expecting more than 0, found " + seconds);
    }
  }

  double pointsPerSecond() {
    return points / seconds;
  }
}
