package org.pattoo.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded content of one request: its distinct series and its samples, kept in primitive arrays
 * because a batch may hold a hundred thousand of them.
 */
public final class SampleBatch {

  private final List<Series> series = new ArrayList<>();
  private final Map<String, Integer> indexByChecksum = new HashMap<>();
  private int size;
  private int[] seriesIndex = new int[64];
  private long[] timestamps = new long[64];
  private double[] values = new double[64];
  private String[] texts = new String[64];

  /** The index of a series in this batch; a series seen before keeps its first description. */
  public int indexOf(Series s) {
    return indexByChecksum.computeIfAbsent(
        s.checksum(),
        k -> {
          series.add(s);
          return series.size() - 1;
        });
  }

  public void addNumber(int seriesIdx, long timestamp, double value) {
    add(seriesIdx, timestamp, value, null);
  }

  public void addText(int seriesIdx, long timestamp, String text) {
    add(seriesIdx, timestamp, 0, text);
  }

  private void add(int seriesIdx, long timestamp, double value, String text) {
    if (size == timestamps.length) {
      int capacity = size * 2;
      seriesIndex = Arrays.copyOf(seriesIndex, capacity);
      timestamps = Arrays.copyOf(timestamps, capacity);
      values = Arrays.copyOf(values, capacity);
      texts = Arrays.copyOf(texts, capacity);
    }
    seriesIndex[size] = seriesIdx;
    timestamps[size] = timestamp;
    values[size] = value;
    texts[size] = text;
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

  /** The value of a string sample; null for numeric samples. */
  public String text(int sample) {
    return texts[sample];
  }
}
