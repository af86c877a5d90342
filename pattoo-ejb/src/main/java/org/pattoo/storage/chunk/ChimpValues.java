package org.pattoo.storage.chunk;

/**
 * Doubles as in the Chimp paper (Liakos et al., VLDB 2022), which beats Gorilla on values whose
 * every mantissa bit changes (computed ratios, sensor noise): the first value's 64 bits, then each
 * XOR with the previous value as {@code 00} when equal; {@code 01}, a 3-bit leading-zero class, 6
 * bits of length and the meaningful bits when it ends in more than 6 zeros; else all bits below the
 * leading zeros, behind {@code 10} when their class is the previous one's, or {@code 11} and the
 * class. Leading zeros are rounded down to a class, so the classes cost 3 bits, not 6. (Unlike the
 * paper, the previous class is kept across equal values and trailing-zero cases.)
 */
final class ChimpValues {

  private static final int[] LEADING = {0, 8, 12, 16, 18, 20, 22, 24};
  private static final int TRAILING_THRESHOLD = 6;
  private static final int NO_CLASS = -1;

  private ChimpValues() {}

  static void write(double[] values, BitWriter out) {
    long previous = Double.doubleToRawLongBits(values[0]);
    out.write(previous, 64);
    int previousClass = NO_CLASS;
    for (int i = 1; i < values.length; i++) {
      long bits = Double.doubleToRawLongBits(values[i]);
      long xor = bits ^ previous;
      previous = bits;
      if (xor == 0) {
        out.write(0b00, 2);
        continue;
      }
      int leadingClass = leadingClass(Long.numberOfLeadingZeros(xor));
      int lead = LEADING[leadingClass];
      int trail = Long.numberOfTrailingZeros(xor);
      if (trail > TRAILING_THRESHOLD) {
        int length = 64 - lead - trail;
        out.write(0b01, 2);
        out.write(leadingClass, 3);
        out.write(length, 6);
        out.write(xor >>> trail, length);
      } else if (leadingClass == previousClass) {
        out.write(0b10, 2);
        out.write(xor, 64 - lead);
      } else {
        out.write(0b11, 2);
        out.write(leadingClass, 3);
        out.write(xor, 64 - lead);
        previousClass = leadingClass;
      }
    }
  }

  static double[] read(BitReader in, int count) {
    double[] values = new double[count];
    long previous = in.read(64);
    values[0] = Double.longBitsToDouble(previous);
    int previousClass = NO_CLASS;
    for (int i = 1; i < count; i++) {
      switch ((int) in.read(2)) {
        case 0b00 -> {}
        case 0b01 -> {
          int lead = LEADING[(int) in.read(3)];
          int length = (int) in.read(6);
          if (length == 0 || lead + length > 64) {
            throw new IllegalArgumentException(
                "chunk is corrupt: value " + i + " has " + length + " meaningful bits");
          }
          previous ^= in.read(length) << (64 - lead - length);
        }
        case 0b10 -> {
          if (previousClass == NO_CLASS) {
            throw new IllegalArgumentException(
                "chunk is corrupt: value " + i + " repeats a leading-zero class it has not seen");
          }
          previous ^= in.read(64 - LEADING[previousClass]);
        }
        default -> {
          previousClass = (int) in.read(3);
          previous ^= in.read(64 - LEADING[previousClass]);
        }
      }
      values[i] = Double.longBitsToDouble(previous);
    }
    return values;
  }

  private static int leadingClass(int leadingZeros) {
    int c = LEADING.length - 1;
    while (LEADING[c] > leadingZeros) {
      c--;
    }
    return c;
  }
}
