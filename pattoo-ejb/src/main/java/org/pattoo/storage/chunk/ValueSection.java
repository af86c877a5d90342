package org.pattoo.storage.chunk;

import java.util.BitSet;

/**
 * A chunk's values in whichever coding is smallest for them: {@link XorValues}, or {@link
 * DecimalValues} at one of the scales its values have. Encoding runs once per sealed day, so trying
 * each candidate in full costs little and never guesses wrong.
 */
final class ValueSection {

  private static final int XOR = 0;
  private static final int DECIMAL = 1;

  private ValueSection() {}

  static void write(double[] values, BitWriter out) {
    BitWriter best = new BitWriter();
    XorValues.write(values, best);
    int mode = XOR;
    for (int scale : candidateScales(values)) {
      BitWriter decimal = new BitWriter();
      DecimalValues.write(values, scale, decimal);
      if (decimal.bitLength() < best.bitLength()) {
        best = decimal;
        mode = DECIMAL;
      }
    }
    out.write(mode, 1);
    out.append(best);
  }

  static double[] read(BitReader in, int count) {
    return in.readBit() ? DecimalValues.read(in, count) : XorValues.read(in, count);
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
