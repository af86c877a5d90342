package org.pattoo.rollup;

import java.math.BigDecimal;
import org.pattoo.series.Reading;

/**
 * One series' samples within one time bucket, in a form that merges: two adjacent 5-minute buckets
 * merge into what a 10-minute bucket over the raw samples would be. For counters, {@code increase}
 * and {@code seconds} sum the intervals that end in the bucket, so the bucket's rate is the same
 * whether computed from raw samples or from finer buckets.
 *
 * @param start bucket start, epoch ms
 * @param count samples in the bucket
 * @param increase counter rise over the intervals ending here (resets excluded); 0 for gauges
 * @param seconds length of those intervals; 0 for gauges
 * @param lastExact {@code last} exactly, when the double does not hold it (a counter beyond 2^53);
 *     else null
 */
public record Bucket(
    long start,
    long count,
    double sum,
    double min,
    double max,
    long firstTs,
    double first,
    long lastTs,
    double last,
    double increase,
    double seconds,
    BigDecimal lastExact) {

  public Bucket {
    if (count < 1) {
      throw new IllegalArgumentException("count: a bucket holds at least one sample");
    }
    if (firstTs > lastTs) {
      throw new IllegalArgumentException("firstTs: must not be after lastTs");
    }
  }

  /** A bucket of one sample; {@code increase}/{@code seconds} for the interval ending at it. */
  static Bucket of(
      long start, long ts, double value, BigDecimal exact, double increase, double seconds) {
    return new Bucket(
        start, 1, value, value, value, ts, value, ts, value, increase, seconds, exact);
  }

  /** The last sample exactly, where a counter's next bucket continues from. */
  public Reading lastReading() {
    return Reading.of(lastTs, last, lastExact);
  }

  /** This bucket and another of the same series, as one bucket starting at {@code newStart}. */
  public Bucket merge(Bucket o, long newStart) {
    boolean mineFirst = firstTs <= o.firstTs;
    boolean mineLast = lastTs >= o.lastTs;
    return new Bucket(
        newStart,
        count + o.count,
        sum + o.sum,
        Math.min(min, o.min),
        Math.max(max, o.max),
        mineFirst ? firstTs : o.firstTs,
        mineFirst ? first : o.first,
        mineLast ? lastTs : o.lastTs,
        mineLast ? last : o.last,
        increase + o.increase,
        seconds + o.seconds,
        mineLast ? lastExact : o.lastExact);
  }

  public double average() {
    return sum / count;
  }

  /** Per-second counter rate over the bucket; NaN when no interval ends in it. */
  public double rate() {
    return seconds > 0 ? increase / seconds : Double.NaN;
  }
}
