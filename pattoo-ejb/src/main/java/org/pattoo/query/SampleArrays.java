package org.pattoo.query;

import java.util.Arrays;

/** One series' samples read in time order, kept in primitive arrays. */
final class SampleArrays {

  long[] ts = new long[64];
  double[] values = new double[64];
  int size;

  void add(long t, double v) {
    if (size == ts.length) {
      ts = Arrays.copyOf(ts, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    ts[size] = t;
    values[size++] = v;
  }

  long[] timestamps() {
    return Arrays.copyOf(ts, size);
  }

  double[] values() {
    return Arrays.copyOf(values, size);
  }
}
