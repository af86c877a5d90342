package org.pattoo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.pattoo.rollup.Bucket;
import org.pattoo.series.CounterMath;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;

/** Turns raw samples or buckets into the points a series query returns, gaps included. */
final class SeriesPoints {

  private SeriesPoints() {}

  /**
   * Raw samples (ascending; a repeated timestamp keeps its first value) as points. Counters become
   * rates over the actual time since the sample before ({@code before} for the first, null when
   * unknown). Where samples are more than two polling intervals apart, a null point one interval
   * after the last sample marks the gap.
   */
  static List<SeriesPoint> raw(Samples samples, int counterBits, Reading before, long pollingMs) {
    List<SeriesPoint> out = new ArrayList<>();
    Reading prev = before;
    for (int i = 0; i < samples.size(); i++) {
      long ts = samples.ts(i);
      if (i > 0 && ts == samples.ts(i - 1)) {
        continue;
      }
      if (i > 0 && ts - samples.ts(i - 1) > 2 * pollingMs) {
        out.add(SeriesPoint.gap(samples.ts(i - 1) + pollingMs));
      }
      Double value = samples.value(i);
      if (counterBits > 0) {
        Reading reading = samples.reading(i);
        OptionalDouble rate =
            prev == null ? OptionalDouble.empty() : CounterMath.rate(prev, reading, counterBits);
        value = rate.isPresent() ? rate.getAsDouble() : null;
        prev = reading;
      }
      out.add(new SeriesPoint(ts, value, value, value, 1));
    }
    return out;
  }

  /**
   * One point per bucket of width {@code widthMs}, {@code buckets[i]} starting at {@code start + i
   * * widthMs}: the bucket's average, or its rate for counters; a null point where no bucket is.
   */
  static List<SeriesPoint> grid(Bucket[] buckets, long start, long widthMs, boolean counter) {
    List<SeriesPoint> out = new ArrayList<>(buckets.length);
    for (int i = 0; i < buckets.length; i++) {
      long t = start + i * widthMs;
      Bucket b = buckets[i];
      if (b == null) {
        out.add(SeriesPoint.gap(t));
      } else if (counter) {
        double rate = b.rate();
        out.add(new SeriesPoint(t, Double.isNaN(rate) ? null : rate, null, null, b.count()));
      } else {
        out.add(new SeriesPoint(t, b.average(), b.min(), b.max(), b.count()));
      }
    }
    return out;
  }
}
