package org.pattoo.storage.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Doubles that are short decimals (12.34, 42, 1536.5) as integers at one scale per chunk ({@code
 * 1234} at scale 2), written as an {@link IntegerSeries}. Readings parsed from text are such
 * decimals, and their differences take far fewer bits than their XORs. A value counts as one only
 * if dividing its integer by the power of ten gives back its exact bits; any other value (NaN,
 * -0.0, 1e300, a computed ratio) is an exception stored raw beside the series.
 */
final class DecimalValues {

  /** Up to 15 decimals; 10^15 is still an exact double. */
  static final int MAX_SCALE = 15;

  private static final int SCALE_BITS = 4;
  // Literals, not Math.pow: the format depends on each power being the exact double.
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };
  private static final double EXACT_LIMIT = 0x1p53; // integers below it are exact doubles

  private DecimalValues() {}

  /**
   * The fewest decimals that give back {@code value} exactly, or -1 when none up to the maximum.
   */
  static int smallestScale(double value) {
    for (int s = 0; s <= MAX_SCALE; s++) {
      if (fits(value, s)) {
        return s;
      }
      if (!(Math.abs(value * POWERS[s]) < EXACT_LIMIT)) {
        return -1; // more decimals only make it larger
      }
    }
    return -1;
  }

  static void write(double[] values, int scale, BitWriter out) {
    long[] integers = new long[values.length];
    List<Integer> exceptions = new ArrayList<>();
    long previous = 0;
    for (int i = 0; i < values.length; i++) {
      if (fits(values[i], scale)) {
        previous = Math.round(values[i] * POWERS[scale]);
      } else {
        exceptions.add(i); // repeats the previous integer: a zero difference costs least
      }
      integers[i] = previous;
    }
    out.write(scale, SCALE_BITS);
    IntegerSeries.write(integers, out);
    out.writeVarint(exceptions.size());
    int last = -1;
    for (int i : exceptions) {
      out.writeVarint(i - last - 1);
      out.write(Double.doubleToRawLongBits(values[i]), 64);
      last = i;
    }
  }

  static double[] read(BitReader in, int count) {
    int scale = (int) in.read(SCALE_BITS);
    if (scale > MAX_SCALE) {
      throw new IllegalArgumentException(
          "chunk is corrupt: decimal scale " + scale + " over " + MAX_SCALE);
    }
    long[] integers = IntegerSeries.read(in, count);
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = integers[i] / POWERS[scale];
    }
    int exceptions = in.readCount("exception count");
    long index = -1;
    for (int e = 0; e < exceptions; e++) {
      index += in.readVarint() + 1;
      if (index < 0 || index >= count) {
        throw new IllegalArgumentException(
            "chunk is corrupt: exception at sample " + index + " of " + count);
      }
      values[(int) index] = Double.longBitsToDouble(in.read(64));
    }
    return values;
  }

  private static boolean fits(double value, int scale) {
    double scaled = value * POWERS[scale];
    if (!(Math.abs(scaled) < EXACT_LIMIT)) {
      return false;
    }
    double back = Math.round(scaled) / POWERS[scale];
    return Double.doubleToRawLongBits(back) == Double.doubleToRawLongBits(value);
  }
}
