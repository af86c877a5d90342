package org.pattoo.ingest;

import java.math.BigDecimal;
import java.util.Arrays;

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
}
