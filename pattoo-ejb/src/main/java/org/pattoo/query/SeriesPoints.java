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
   * One point per bucket of width {@code widthMs}, index i for the bucket starting at {@code start
   * + i * widthMs}: an assembled bucket's where there is one, else a complete bucket's point, else
   * a null point.
   */
  static List<SeriesPoint> grid(
      SeriesPoint[] complete, Bucket[] assembled, long start, long widthMs, boolean counter) {
    List<SeriesPoint> out = new ArrayList<>(complete.length);
    for (int i = 0; i < complete.length; i++) {
      long t = start + i * widthMs;
      Bucket b = assembled[i];
      if (b != null) {
        out.add(
            bucket(t, b.count(), b.sum(), b.min(), b.max(), b.increase(), b.seconds(), counter));
      } else {
        out.add(complete[i] != null ? complete[i] : SeriesPoint.gap(t));
      }
    }
    return out;
  }

  /**
   * A bucket's point: its average, or its rate for counters (none where no interval ends in it).
   */
  static SeriesPoint bucket(
      long start,
      long count,
      double sum,
      double min,
      double max,
      double increase,
      double seconds,
      boolean counter) {
    if (counter) {
      double rate = seconds > 0 ? increase / seconds : Double.NaN;
      return new SeriesPoint(start, Double.isNaN(rate) ? null : rate, null, null, count);
    }
    return new SeriesPoint(start, sum / count, min, max, count);
  }
}
