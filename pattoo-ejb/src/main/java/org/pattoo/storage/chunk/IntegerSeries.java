package org.pattoo.storage.chunk;

import java.util.Arrays;

/**
 * A sequence of longs as its first value, a typical step (the median difference), a {@link
 * Predictor} and each value's miss against that predictor's guess. A miss is zigzagged and written
 * as {@code 0} plus {@code width} bits when it fits, else as {@code 1}, a 6-bit length and the bits
 * below its leading one. Predictor and width are those that make the whole sequence smallest, so a
 * regular series pays one bit a value and a noisy one about the bits of its noise.
 *
 * <p>Arithmetic wraps as long arithmetic does, so every sequence round-trips, even one from {@code
 * Long.MIN_VALUE} to {@code Long.MAX_VALUE}.
 */
final class IntegerSeries {

  private static final int PREDICTOR_BITS = 2;
  private static final int LENGTH_BITS = 6;

  private IntegerSeries() {}

  static void write(long[] xs, BitWriter out) {
    write(xs, Predictor.values(), out);
  }

  /** Writes with the best of {@code predictors} only: lets tests drive each one. */
  static void write(long[] xs, Predictor[] predictors, BitWriter out) {
    out.write(xs[0], 64);
    if (xs.length == 1) {
      return;
    }
    long step = medianStep(xs);
    Plan best = null;
    for (Predictor p : predictors) {
      Plan plan = plan(p, misses(p, xs, step));
      best = best == null || plan.bits < best.bits ? plan : best;
    }
    out.write(best.predictor.ordinal(), PREDICTOR_BITS);
    out.writeVarint(zigzag(step));
    out.write(best.width, LENGTH_BITS);
    for (long miss : best.misses) {
      writeCode(zigzag(miss), best.width, out);
    }
  }

  static long[] read(BitReader in, int count) {
    long[] xs = new long[count];
    xs[0] = in.read(64);
    if (count == 1) {
      return xs;
    }
    int code = (int) in.read(PREDICTOR_BITS);
    if (code >= Predictor.values().length) {
      throw new IllegalArgumentException("chunk is corrupt: predictor " + code + " is unknown");
    }
    Predictor predictor = Predictor.values()[code];
    long step = unzigzag(in.readVarint());
    int width = (int) in.read(LENGTH_BITS);
    long change = step;
    for (int i = 1; i < count; i++) {
      long miss = unzigzag(readCode(width, in));
      xs[i] = predictor.guess(xs[0], i, xs[i - 1], change, step) + miss;
      change = xs[i] - xs[i - 1];
    }
    return xs;
  }

  private static long medianStep(long[] xs) {
    long[] steps = new long[xs.length - 1];
    for (int i = 1; i < xs.length; i++) {
      steps[i - 1] = xs[i] - xs[i - 1];
    }
    Arrays.sort(steps);
    return steps[steps.length / 2];
  }

  private static long[] misses(Predictor predictor, long[] xs, long step) {
    long[] misses = new long[xs.length - 1];
    long change = step;
    for (int i = 1; i < xs.length; i++) {
      misses[i - 1] = xs[i] - predictor.guess(xs[0], i, xs[i - 1], change, step);
      change = xs[i] - xs[i - 1];
    }
    return misses;
  }

  /** Misses to write, the width that makes them smallest and their size in bits. */
  private record Plan(Predictor predictor, long[] misses, int width, long bits) {}

  private static Plan plan(Predictor predictor, long[] misses) {
    long[] counts = new long[65]; // misses by bit length
    for (long miss : misses) {
      counts[bitLength(zigzag(miss))]++;
    }
    // A miss of length len costs 1 + width bits where it fits the width, else LENGTH_BITS + len;
    // the sums of both kinds move along with the width, one length at a time.
    long fitting = counts[0];
    long longerBits = 0;
    for (int len = 1; len <= 64; len++) {
      longerBits += counts[len] * (LENGTH_BITS + len);
    }
    int bestWidth = 0;
    long bestBits = Long.MAX_VALUE;
    for (int width = 0; width < 64; width++) {
      if (width > 0) {
        fitting += counts[width];
        longerBits -= counts[width] * (LENGTH_BITS + width);
      }
      long bits = fitting * (1 + width) + longerBits;
      if (bits < bestBits) {
        bestBits = bits;
        bestWidth = width;
      }
    }
    return new Plan(predictor, misses, bestWidth, bestBits);
  }

  private static void writeCode(long z, int width, BitWriter out) {
    int len = bitLength(z);
    if (len <= width) {
      out.write(0, 1);
      out.write(z, width);
    } else {
      out.write(1, 1);
      out.write(len - 1, LENGTH_BITS);
      out.write(z, len - 1); // the leading one is implied by the length
    }
  }

  private static long readCode(int width, BitReader in) {
    if (!in.readBit()) {
      return in.read(width);
    }
    int len = (int) in.read(LENGTH_BITS) + 1;
    return (1L << (len - 1)) | in.read(len - 1);
  }

  private static int bitLength(long z) {
    return 64 - Long.numberOfLeadingZeros(z);
  }

  /** Small magnitudes of either sign become small unsigned numbers. */
  private static long zigzag(long x) {
    return (x << 1) ^ (x >> 63);
  }

  private static long unzigzag(long z) {
    return (z >>> 1) ^ -(z & 1);
  }
}
