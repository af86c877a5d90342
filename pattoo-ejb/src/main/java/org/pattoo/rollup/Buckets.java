package org.pattoo.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.pattoo.series.CounterMath;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;

/** Cuts one series' samples, sorted by time, into buckets of a fixed width. */
public final class Buckets {

  private Buckets() {}

  /** The start of the bucket of width {@code widthMs} that holds {@code ts} (UTC-aligned). */
  public static long startOf(long ts, long widthMs) {
    return Math.floorDiv(ts, widthMs) * widthMs;
  }

  /** Buckets of samples with no known sample before them: a counter's first interval is unknown. */
  public static List<Bucket> of(Samples samples, long widthMs, int counterBits) {
    return of(samples, widthMs, counterBits, null);
  }

  /**
   * Buckets of {@code samples} (timestamps ascending; a repeated timestamp keeps its first value).
   * For counters ({@code counterBits} 32 or 64, else 0) each interval between consecutive samples
   * counts in the bucket where it ends; {@code before}, the last sample preceding the first one, if
   * known (else null), gives the first interval.
   */
  public static List<Bucket> of(Samples samples, long widthMs, int counterBits, Reading before) {
    List<Bucket> out = new ArrayList<>();
    Reading prev = before;
    Bucket current = null;
    for (int i = 0; i < samples.size(); i++) {
      long ts = samples.ts(i);
      if (i > 0 && ts == samples.ts(i - 1)) {
        continue;
      }
      double increase = 0;
      double seconds = 0;
      Reading reading = counterBits > 0 ? samples.reading(i) : null;
      if (counterBits > 0 && prev != null && ts > prev.ts()) {
        OptionalDouble inc = CounterMath.increase(prev.value(), reading.value(), counterBits);
        if (inc.isPresent()) {
          increase = inc.getAsDouble();
          seconds = (ts - prev.ts()) / 1000.0;
        }
      }
      long start = startOf(ts, widthMs);
      double value = samples.value(i);
      Bucket one = Bucket.of(start, ts, value, samples.beyondDouble(i), increase, seconds);
      if (current != null && current.start() == start) {
        current = current.merge(one, start);
      } else {
        if (current != null) {
          out.add(current);
        }
        current = one;
      }
      prev = reading;
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }
}
