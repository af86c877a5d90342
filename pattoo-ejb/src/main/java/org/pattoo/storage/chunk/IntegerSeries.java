package org.pattoo.storage.chunk;

/**
 * A sequence of longs as its first value and then differences of order 1 (suits noisy gauges,
 * random gaps) or 2 (suits regular timestamps, steady counters), whichever is smaller. Each
 * difference is zigzagged and written as {@code 0} plus {@code width} bits when it fits, else as
 * {@code 1}, a 6-bit length and the bits below its leading one. The width is chosen per sequence,
 * so a regular series pays one bit a sample and a noisy one about the bits of its noise.
 *
 * <p>Differences wrap around like long arithmetic does, so every sequence round-trips, even one
 * from {@code Long.MIN_VALUE} to {@code Long.MAX_VALUE}.
 */
final class IntegerSeries {

  private static final int LENGTH_BITS = 6;

  private IntegerSeries() {}

  static void write(long[] xs, BitWriter out) {
    out.write(xs[0], 64);
    if (xs.length == 1) {
      return;
    }
    Plan first = plan(differences(xs, 1));
    Plan second = plan(differences(xs, 2));
    Plan chosen = second.bits < first.bits ? second : first;
    out.write(chosen == second ? 1 : 0, 1);
    out.write(chosen.width, LENGTH_BITS);
    for (long d : chosen.differences) {
      writeCode(zigzag(d), chosen.width, out);
    }
  }

  static long[] read(BitReader in, int count) {
    long[] xs = new long[count];
    xs[0] = in.read(64);
    if (count == 1) {
      return xs;
    }
    boolean second = in.readBit();
    int width = (int) in.read(LENGTH_BITS);
    long delta = 0;
    for (int i = 1; i < count; i++) {
      long d = unzigzag(readCode(width, in));
      delta = second ? delta + d : d;
      xs[i] = xs[i - 1] + delta;
    }
    return xs;
  }

  /** Order 2 starts from a delta of 0, so its first entry is the first delta itself. */
  private static long[] differences(long[] xs, int order) {
    long[] out = new long[xs.length - 1];
    long previousDelta = 0;
    for (int i = 1; i < xs.length; i++) {
      long delta = xs[i] - xs[i - 1];
      out[i - 1] = order == 1 ? delta : delta - previousDelta;
      previousDelta = delta;
    }
    return out;
  }

  /** Differences to write, the width that makes them smallest and their size in bits. */
  private record Plan(long[] differences, int width, long bits) {}

  private static Plan plan(long[] ds) {
    long[] lengths = new long[65];
    for (long d : ds) {
      lengths[bitLength(zigzag(d))]++;
    }
    Plan best = null;
    for (int width = 0; width < 64; width++) {
      long bits = 0;
      for (int len = 0; len <= 64; len++) {
        bits += lengths[len] * (len <= width ? 1 + width : 1 + LENGTH_BITS + len - 1);
      }
      if (best == null || bits < best.bits) {
        best = new Plan(ds, width, bits);
      }
    }
    return best;
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
