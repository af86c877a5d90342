package org.pattoo.storage.chunk;

import java.util.BitSet;

/**
 * A chunk's values in whichever coding is smallest for them, named by a 2-bit mode: {@link
 * XorValues}, {@link ChimpValues}, or {@link DecimalValues} at one of the scales its values have.
 * Encoding runs once per sealed day, so trying each candidate in full costs little and never
 * guesses wrong.
 */
final class ValueSection {

  private static final int MODE_BITS = 2;
  private static final int XOR = 0;
  private static final int DECIMAL = 1;
  private static final int CHIMP = 2;

  private ValueSection() {}

  static void write(double[] values, BitWriter out) {
    BitWriter best = new BitWriter();
    XorValues.write(values, best);
    int mode = XOR;
    BitWriter chimp = new BitWriter();
    ChimpValues.write(values, chimp);
    if (chimp.bitLength() < best.bitLength()) {
      best = chimp;
      mode = CHIMP;
    }
    for (int scale : candidateScales(values)) {
      BitWriter decimal = new BitWriter();
      DecimalValues.write(values, scale, decimal);
      if (decimal.bitLength() < best.bitLength()) {
        best = decimal;
        mode = DECIMAL;
      }
    }
    out.write(mode, MODE_BITS);
    out.append(best);
  }

  static double[] read(BitReader in, int count) {
    int mode = (int) in.read(MODE_BITS);
    return switch (mode) {
      case XOR -> XorValues.read(in, count);
      case DECIMAL -> DecimalValues.read(in, count);
      case CHIMP -> ChimpValues.read(in, count);
      default ->
          throw new IllegalArgumentException(
              "chunk is corrupt: value mode " + mode + " is unknown");
    };
  }

  private static int[] candidateScales(double[] values) {
    BitSet scales = new BitSet();
    for (double v : values) {
      int scale = DecimalValues.smallestScale(v);
      if (scale >= 0) {
        scales.set(scale);
      }
    }
    return scales.stream().toArray();
  }
}
