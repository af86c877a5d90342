package org.pattoo.ingest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.pattoo.series.Samples;

/**
 * A batch's numeric samples of one day, as the parallel arrays one statement writes.
 *
 * @param exact counter readings' exact values where the double does not hold them; null when no row
 *     has one (nearly always)
 */
record NumberRows(long[] series, long[] timestamps, double[] values, BigDecimal[] exact) {

  /** The numeric samples of {@code batch} on {@code day} ({@code days} holds each sample's day). */
  static NumberRows of(SampleBatch batch, long[] seriesIds, long[] days, long day) {
    int n = batch.size();
    long[] series = new long[n];
    long[] timestamps = new long[n];
    double[] values = new double[n];
    BigDecimal[] exact = null;
    int rows = 0;
    for (int i = 0; i < n; i++) {
      if (days[i] == day && batch.text(i) == null) {
        BigDecimal beyond = batch.beyondDouble(i);
        if (beyond != null && exact == null) {
          exact = new BigDecimal[n];
        }
        if (exact != null) {
          exact[rows] = beyond;
        }
        series[rows] = seriesIds[batch.seriesIndex(i)];
        timestamps[rows] = batch.timestamp(i);
        values[rows++] = batch.value(i);
      }
    }
    return new NumberRows(
        Arrays.copyOf(series, rows),
        Arrays.copyOf(timestamps, rows),
        Arrays.copyOf(values, rows),
        exact == null ? null : Arrays.copyOf(exact, rows));
  }

  int size() {
    return series.length;
  }

  /**
   * The rows whose timestamp {@code sealed} does not hold for their series: a sealed day's chunks
   * were written first, so a row at one of their timestamps is a duplicate.
   */
  NumberRows without(Map<Long, Samples> sealed) {
    if (sealed.isEmpty()) {
      return this;
    }
    int n = size();
    long[] s = new long[n];
    long[] t = new long[n];
    double[] v = new double[n];
    BigDecimal[] x = exact == null ? null : new BigDecimal[n];
    int rows = 0;
    for (int i = 0; i < n; i++) {
      Samples chunk = sealed.get(series[i]);
      if (chunk == null || !holds(chunk, timestamps[i])) {
        s[rows] = series[i];
        t[rows] = timestamps[i];
        v[rows] = values[i];
        if (x != null) {
          x[rows] = exact[i];
        }
        rows++;
      }
    }
    return new NumberRows(
        Arrays.copyOf(s, rows),
        Arrays.copyOf(t, rows),
        Arrays.copyOf(v, rows),
        x == null ? null : Arrays.copyOf(x, rows));
  }

  /** Binary search of a time-ordered list. */
  private static boolean holds(Samples samples, long ts) {
    int lo = 0;
    int hi = samples.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long at = samples.ts(mid);
      if (at == ts) {
        return true;
      } else if (at < ts) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }
}
