package org.pattoo.storage.chunk;

/**
 * Doubles as in Facebook's Gorilla paper: the first value's 64 bits, then each value's XOR with the
 * previous one: {@code 0} when equal; {@code 10} and the meaningful bits when they fall inside the
 * previous window; else {@code 11}, 6 bits of leading zeros, 6 bits of length minus one and the
 * bits. It works on raw bit patterns, so NaN payloads, infinities and -0.0 survive, and the count
 * is stored apart, so no value is reserved as an end marker.
 */
final class XorValues {

  private XorValues() {}

  static void write(double[] values, BitWriter out) {
    long previous = Double.doubleToRawLongBits(values[0]);
    out.write(previous, 64);
    int leading = -1; // no window yet
    int trailing = 0;
    for (int i = 1; i < values.length; i++) {
      long bits = Double.doubleToRawLongBits(values[i]);
      long xor = bits ^ previous;
      previous = bits;
      if (xor == 0) {
        out.write(0, 1);
        continue;
      }
      int lead = Long.numberOfLeadingZeros(xor);
      int trail = Long.numberOfTrailingZeros(xor);
      if (leading >= 0 && lead >= leading && trail >= trailing) {
        out.write(0b10, 2);
        out.write(xor >>> trailing, 64 - leading - trailing);
      } else {
        leading = lead;
        trailing = trail;
        int length = 64 - lead - trail;
        out.write(0b11, 2);
        out.write(lead, 6);
        out.write(length - 1, 6);
        out.write(xor >>> trail, length);
      }
    }
  }

  static double[] read(BitReader in, int count) {
    double[] values = new double[count];
    long previous = in.read(64);
    values[0] = Double.longBitsToDouble(previous);
    int leading = 0;
    int trailing = 0;
    for (int i = 1; i < count; i++) {
      if (in.readBit()) {
        if (in.readBit()) {
          leading = (int) in.read(6);
          int length = (int) in.read(6) + 1;
          if (leading + length > 64) {
            throw new IllegalArgumentException(
                "chunk is corrupt: value "
                    + i
                    + " has "
                    + leading
                    + " leading zeros and "
                    + length
                    + " meaningful bits");
          }
          trailing = 64 - leading - length;
        }
        previous ^= in.read(64 - leading - trailing) << trailing;
      }
      values[i] = Double.longBitsToDouble(previous);
    }
    return values;
  }
}
