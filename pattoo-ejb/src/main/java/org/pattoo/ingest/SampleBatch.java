package org.pattoo.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pattoo.series.Series;

/**
 * The decoded content of one request: its distinct series and its samples, kept in primitive arrays
 * because a batch may hold a hundred thousand of them.
 */
public final class SampleBatch {

  private final List<Series> series = new ArrayList<>();
  // Open addressing from series to index in `series`, as a batch looks up every sample's series:
  // (checksum hash << 32) | (index + 1), 0 when empty, so a probe reads one array.
  private long[] slots = new long[1024];
  private int size;
  private int[] seriesIndex = new int[64];
  private long[] timestamps = new long[64];
  private double[] values = new double[64];
  private String[] texts = new String[64];
  private BigDecimal[] exact; // made when the first counter reading beyond a double arrives

  /** The index of a series in this batch; a series seen before keeps its first description. */
  public int indexOf(Series s) {
    int hash = s.checksumHash();
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (long k; (k = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if ((int) (k >>> 32) == hash) {
        Series seen = series.get((int) k - 1);
        if (seen == s || seen.checksum().equals(s.checksum())) {
          return (int) k - 1;
        }
      }
    }
    series.add(s);
    slots[slot] = (long) hash << 32 | series.size();
    if (2 * series.size() > slots.length) {
      rehash(2 * slots.length);
    }
    return series.size() - 1;
  }

  private void rehash(int capacity) {
    long[] old = slots;
    slots = new long[capacity];
    for (long k : old) {
      if (k != 0) {
        int slot = (int) (k >>> 32) & (capacity - 1);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        slots[slot] = k;
      }
    }
  }

  public void addNumber(int seriesIdx, long timestamp, double value) {
    add(seriesIdx, timestamp, value, null, null);
  }

  /** A counter reading: {@code exactValue} is what {@code value} cannot hold of it, or null. */
  public void addCounter(int seriesIdx, long timestamp, double value, BigDecimal exactValue) {
    add(seriesIdx, timestamp, value, exactValue, null);
  }

  public void addText(int seriesIdx, long timestamp, String text) {
    add(seriesIdx, timestamp, 0, null, text);
  }

  private void add(
      int seriesIdx, long timestamp, double value, BigDecimal exactValue, String text) {
    if (size == timestamps.length) {
      int capacity = size * 2;
      seriesIndex = Arrays.copyOf(seriesIndex, capacity);
      timestamps = Arrays.copyOf(timestamps, capacity);
      values = Arrays.copyOf(values, capacity);
      texts = Arrays.copyOf(texts, capacity);
      exact = exact == null ? null : Arrays.copyOf(exact, capacity);
    }
    if (exactValue != null && exact == null) {
      exact = new BigDecimal[timestamps.length];
    }
    seriesIndex[size] = seriesIdx;
    timestamps[size] = timestamp;
    values[size] = value;
    texts[size] = text;
    if (exact != null) {
      exact[size] = exactValue;
    }
    size++;
  }

  public List<Series> series() {
    return series;
  }

  public int size() {
    return size;
  }

  public Series seriesOf(int sample) {
    return series.get(seriesIndex[sample]);
  }

  public int seriesIndex(int sample) {
    return seriesIndex[sample];
  }

  public long timestamp(int sample) {
    return timestamps[sample];
  }

  public double value(int sample) {
    return values[sample];
  }

  /** A counter reading's exact value where {@link #value} does not hold it; else null. */
  public BigDecimal beyondDouble(int sample) {
    return exact == null ? null : exact[sample];
  }

  /** The value of a string sample; null for numeric samples. */
  public String text(int sample) {
    return texts[sample];
  }
}
