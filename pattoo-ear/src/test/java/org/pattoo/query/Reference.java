package org.pattoo.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What series queries must answer, computed here straight from the samples a test posted,
 * independently of the server's code: bucket averages, and counter rates as the sum of the
 * increases ending in a bucket over the seconds they span (a drop is a wrap when adding 2^bits
 * gives less than half the range, otherwise a reset that counts nothing).
 */
final class Reference {

  record Sample(long ts, double value) {}

  /** Average, min and max per bucket of [start, end); null where a bucket has no sample. */
  static List<double[]> gauge(List<Sample> samples, long start, long end, long width) {
    List<double[]> out = new ArrayList<>();
    for (long b = start; b < end; b += width) {
      double sum = 0;
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      int n = 0;
      for (Sample s : samples) {
        if (s.ts() >= b && s.ts() < b + width) {
          sum += s.value();
          min = Math.min(min, s.value());
          max = Math.max(max, s.value());
          n++;
        }
      }
      out.add(n == 0 ? null : new double[] {sum / n, min, max});
    }
    return out;
  }

  /** Rate per bucket of [start, end) of a counter; null where no interval ends in a bucket. */
  static List<Double> counter(List<Sample> samples, long start, long end, long width, int bits) {
    List<Double> out = new ArrayList<>();
    for (long b = start; b < end; b += width) {
      double increase = 0;
      double seconds = 0;
      for (int i = 1; i < samples.size(); i++) {
        Sample s = samples.get(i);
        if (s.ts() >= b && s.ts() < b + width) {
          Double inc = increase(samples.get(i - 1).value(), s.value(), bits);
          if (inc != null) {
            increase += inc;
            seconds += (s.ts() - samples.get(i - 1).ts()) / 1000.0;
          }
        }
      }
      out.add(seconds == 0 ? null : increase / seconds);
    }
    return out;
  }

  /** Per-sample rates over the actual time between samples; null first and on resets. */
  static List<Double> rawRates(List<Sample> samples, int bits) {
    List<Double> out = new ArrayList<>();
    out.add(null);
    for (int i = 1; i < samples.size(); i++) {
      Double inc = increase(samples.get(i - 1).value(), samples.get(i).value(), bits);
      long ms = samples.get(i).ts() - samples.get(i - 1).ts();
      out.add(inc == null ? null : inc * 1000 / ms);
    }
    return out;
  }

  private static Double increase(double previous, double current, int bits) {
    if (current >= previous) {
      return current - previous;
    }
    double range = Math.pow(2, bits);
    double wrapped = current - previous + range;
    return wrapped < range / 2 ? wrapped : null;
  }

  private Reference() {}
}
