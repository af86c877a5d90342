package org.pattoo.query;

/**
 * One point of a series: a raw sample or a bucket. All values are null in a gap.
 *
 * @param timestamp sample time or bucket start, epoch ms
 * @param value the sample or bucket average; for counters the per-second rate
 * @param min smallest sample; null for counters at rollup resolutions (a bucket has one rate)
 * @param max largest sample; null likewise
 * @param count samples behind the point
 */
public record SeriesPoint(long timestamp, Double value, Double min, Double max, long count) {

  static SeriesPoint gap(long timestamp) {
    return new SeriesPoint(timestamp, null, null, null, 0);
  }
}
