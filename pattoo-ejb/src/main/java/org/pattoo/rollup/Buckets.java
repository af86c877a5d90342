package org.pattoo.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Cuts one series' samples, sorted by time, into buckets of a fixed width. */
public final class Buckets {

  private Buckets() {}

  /** The start of the bucket of width {@code widthMs} that holds {@code ts} (UTC-aligned). */
  public static long startOf(long ts, long widthMs) {
    return Math.floorDiv(ts, widthMs) * widthMs;
  }

  /**
   * Buckets of {@code samples} (timestamps ascending; a repeated timestamp keeps its first value).
   * For counters ({@code counterBits} 32 or 64, else 0) each interval between consecutive samples
   * counts in the bucket where it ends; {@code before}, the last sample preceding the first one, if
   * known, gives the first interval.
   */
  public static List<Bucket> of(
      long[] ts, double[] values, long widthMs, int counterBits, long beforeTs, double before) {
    List<Bucket> out = new ArrayList<>();
    long prevTs = beforeTs;
    double prev = before;
    Bucket current = null;
    for (int i = 0; i < ts.length; i++) {
      if (i > 0 && ts[i] == ts[i - 1]) {
        continue;
      }
      double increase = 0;
      double seconds = 0;
      if (counterBits > 0 && prevTs != Long.MIN_VALUE && ts[i] > prevTs) {
        OptionalDouble inc = CounterMath.increase(prev, values[i], counterBits);
        if (inc.isPresent()) {
          increase = inc.getAsDouble();
          seconds = (ts[i] - prevTs) / 1000.0;
        }
      }
      long start = startOf(ts[i], widthMs);
      Bucket one = Bucket.of(start, ts[i], values[i], increase, seconds);
      if (current != null && current.start() == start) {
        current = current.merge(one, start);
      } else {
        if (current != null) {
          out.add(current);
        }
        current = one;
      }
      prevTs = ts[i];
      prev = values[i];
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  /** No known sample before the first: the first interval is unknown. */
  public static final long NONE = Long.MIN_VALUE;
}
