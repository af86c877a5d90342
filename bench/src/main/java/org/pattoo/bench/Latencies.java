package org.pattoo.bench;

import java.util.Arrays;

/** Request latencies, kept whole so percentiles are exact. */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  public synchronized void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  public synchronized int count() {
    return size;
  }

  /** The latency {@code p} percent of requests stayed within, in ms (nearest rank). */
  public synchronized double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  public synchronized String summary() {
    if (size == 0) {
      return "no requests";
    }
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)",
        percentileMs(50), percentileMs(99), percentileMs(100), size);
  }
}
