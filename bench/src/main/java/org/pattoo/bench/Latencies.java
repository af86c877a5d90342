package org.pattoo.bench;

import java.util.Arrays;

/** Request latencies, kept whole so percentiles are exact. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  synchronized void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  synchronized String summary() {
    if (size == 0) {
      return "no requests";
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)",
        percentile(sorted, 50), percentile(sorted, 99), sorted[size - 1] / 1e6, size);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
