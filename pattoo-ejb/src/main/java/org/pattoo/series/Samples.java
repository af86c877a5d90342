package org.pattoo.series;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One series' numeric samples in time order, in primitive arrays. A reading a double cannot hold
 * exactly (an integer beyond 2^53) also keeps its exact value; the array for those is made only
 * when one arrives, so gauges pay nothing for it.
 */
public final class Samples {

  private long[] ts = new long[64];
  private double[] values = new double[64];
  private BigDecimal[] exact;
  private int size;

  /** Samples of doubles, {@code ts} and {@code values} in parallel. */
  public static Samples of(long[] ts, double[] values) {
    Samples out = new Samples();
    for (int i = 0; i < ts.length; i++) {
      out.add(ts[i], values[i], null);
    }
    return out;
  }

  /** Appends a sample; {@code exactValue} is null when {@code value} holds it. */
  public void add(long t, double value, BigDecimal exactValue) {
    if (size == ts.length) {
      ts = Arrays.copyOf(ts, size * 2);
      values = Arrays.copyOf(values, size * 2);
      exact = exact == null ? null : Arrays.copyOf(exact, size * 2);
    }
    if (exactValue != null && exact == null) {
      exact = new BigDecimal[ts.length];
    }
    ts[size] = t;
    values[size] = value;
    if (exact != null) {
      exact[size] = exactValue;
    }
    size++;
  }

  public int size() {
    return size;
  }

  public long ts(int i) {
    return ts[i];
  }

  public double value(int i) {
    return values[i];
  }

  /** Sample {@code i} exactly, for counter arithmetic. */
  public Reading reading(int i) {
    return Reading.of(ts[i], values[i], exact == null ? null : exact[i]);
  }

  /** Sample {@code i}'s exact value where its double does not hold it, else null. */
  public BigDecimal beyondDouble(int i) {
    return exact == null ? null : exact[i];
  }

  /** Those of these samples, in time order, before {@code t}: these when all are. */
  public Samples before(long t) {
    int n = 0;
    while (n < size && ts[n] < t) {
      n++;
    }
    if (n == size) {
      return this;
    }
    Samples out = new Samples();
    for (int i = 0; i < n; i++) {
      out.add(ts[i], values[i], beyondDouble(i));
    }
    return out;
  }

  /** These samples if they are in time order, else a copy sorted by time. */
  public Samples inTimeOrder() {
    int i = 1;
    while (i < size && ts[i - 1] <= ts[i]) {
      i++;
    }
    if (i >= size) {
      return this;
    }
    Integer[] order = new Integer[size];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, (a, b) -> Long.compare(ts[a], ts[b]));
    Samples sorted = new Samples();
    for (int k : order) {
      sorted.add(ts[k], values[k], exact == null ? null : exact[k]);
    }
    return sorted;
  }

  /** The last sample exactly; the series must have one. */
  public Reading last() {
    return reading(size - 1);
  }
}
