package org.pattoo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.pattoo.rollup.Bucket;
import org.pattoo.rollup.Buckets;
import org.pattoo.rollup.CounterMath;

/** Turns raw samples or buckets into the points a series query returns, gaps included. */
final class SeriesPoints {

  private SeriesPoints() {}

  /**
   * Raw samples (ascending; a repeated timestamp keeps its first value) as points. Counters become
   * rates over the actual time since the sample before ({@code beforeTs}/{@code before} for the
   * first, or {@link Buckets#NONE}). Where samples are more than two polling intervals apart, a
   * null point one interval after the last sample marks the gap.
   */
  static List<SeriesPoint> raw(
      long[] ts, double[] values, int counterBits, long beforeTs, double before, long pollingMs) {
    List<SeriesPoint> out = new ArrayList<>();
    long prevTs = beforeTs;
    double prev = before;
    for (int i = 0; i < ts.length; i++) {
      if (i > 0 && ts[i] == ts[i - 1]) {
        continue;
      }
      if (i > 0 && ts[i] - ts[i - 1] > 2 * pollingMs) {
        out.add(SeriesPoint.gap(ts[i - 1] + pollingMs));
      }
      Double value = values[i];
      if (counterBits > 0) {
        OptionalDouble rate =
            prevTs == Buckets.NONE
                ? OptionalDouble.empty()
                : CounterMath.rate(prev, values[i], ts[i] - prevTs, counterBits);
        value = rate.isPresent() ? rate.getAsDouble() : null;
      }
      out.add(new SeriesPoint(ts[i], value, value, value, 1));
      prevTs = ts[i];
      prev = values[i];
    }
    return out;
  }

  /**
   * One point per bucket of width {@code widthMs} from {@code start} (aligned) to {@code end}: the
   * bucket's average, or its rate for counters; a null point where no bucket is.
   */
  static List<SeriesPoint> grid(
      Map<Long, Bucket> buckets, long start, long end, long widthMs, boolean counter) {
    List<SeriesPoint> out = new ArrayList<>();
    for (long t = start; t < end; t += widthMs) {
      Bucket b = buckets.get(t);
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
