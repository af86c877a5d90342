package org.pattoo.storage.chunk;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.pattoo.series.Samples;

/**
 * The exact values of the rare readings a double cannot hold (a 64-bit counter near 2^64), as a
 * sparse list: a count, then for each its distance from the previous one, its scale and its
 * unscaled digits in two's complement. A chunk with none pays one byte.
 */
final class ExactReadings {

  private ExactReadings() {}

  static void write(Samples samples, BitWriter out) {
    int count = 0;
    for (int i = 0; i < samples.size(); i++) {
      count += samples.beyondDouble(i) == null ? 0 : 1;
    }
    out.writeVarint(count);
    int last = -1;
    for (int i = 0; i < samples.size(); i++) {
      BigDecimal exact = samples.beyondDouble(i);
      if (exact != null) {
        out.writeVarint(i - last - 1);
        out.writeVarint((exact.scale() << 1) ^ (exact.scale() >> 31)); // zigzag: scales may be < 0
        byte[] digits = exact.unscaledValue().toByteArray();
        out.writeVarint(digits.length);
        for (byte b : digits) {
          out.write(b, 8);
        }
        last = i;
      }
    }
  }

  /** Exact values by sample index, null where the double holds the reading. */
  static BigDecimal[] read(BitReader in, int count) {
    BigDecimal[] exact = new BigDecimal[count];
    int entries = in.readCount("exact reading count");
    long index = -1;
    for (int e = 0; e < entries; e++) {
      index += in.readVarint() + 1;
      if (index < 0 || index >= count) {
        throw new IllegalArgumentException(
            "chunk is corrupt: exact reading at sample " + index + " of " + count);
      }
      int zigzag = (int) in.readVarint();
      int scale = (zigzag >>> 1) ^ -(zigzag & 1);
      byte[] digits = new byte[in.readCount("exact reading length")];
      for (int b = 0; b < digits.length; b++) {
        digits[b] = (byte) in.read(8);
      }
      if (digits.length == 0) {
        throw new IllegalArgumentException(
            "chunk is corrupt: exact reading at sample " + index + " has no digits");
      }
      exact[(int) index] = new BigDecimal(new BigInteger(digits), scale);
    }
    return exact;
  }
}
