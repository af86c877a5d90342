package org.pattoo.agent.modbus;

import java.nio.ByteBuffer;

/**
 * Turns the raw 16-bit words of a point into its number: arranges the bytes by the point's word and
 * byte order into one big-endian value, reads it as the point's type, then scales it.
 */
final class Decoder {

  private Decoder() {}

  /**
   * @param words the block's registers as unsigned 16-bit values
   * @param start the wire address of {@code words[0]}
   */
  static Number value(Point p, int[] words, int start) {
    int n = p.type().words();
    ByteBuffer bytes = ByteBuffer.allocate(n * 2);
    for (int i = 0; i < n; i++) {
      int word = words[p.wireAddress() - start + (p.bigEndianWords() ? i : n - 1 - i)];
      int high = (word >> 8) & 0xff;
      int low = word & 0xff;
      bytes.put((byte) (p.bigEndianBytes() ? high : low));
      bytes.put((byte) (p.bigEndianBytes() ? low : high));
    }
    bytes.flip();
    Number raw =
        switch (p.type()) {
          case INT16 -> (long) bytes.getShort();
          case UINT16 -> (long) Short.toUnsignedInt(bytes.getShort());
          case INT32 -> (long) bytes.getInt();
          case UINT32 -> Integer.toUnsignedLong(bytes.getInt());
          // The float's shortest decimal (0.1, not 0.10000000149011612), as users typed it.
          case FLOAT32 -> Double.parseDouble(Float.toString(bytes.getFloat()));
          case FLOAT64 -> bytes.getDouble();
        };
    return scale(p, raw);
  }

  /** A coil or discrete input: 0 or 1. */
  static Number bit(boolean on) {
    return on ? 1L : 0L;
  }

  private static Number scale(Point p, Number raw) {
    if (p.integral()) {
      try {
        return Math.addExact(
            Math.multiplyExact(raw.longValue(), (long) p.multiplier()), (long) p.offset());
      } catch (ArithmeticException beyondLong) {
        // A huge multiplier: the value is still a number, if no longer an exact one.
      }
    }
    return raw.doubleValue() * p.multiplier() + p.offset();
  }
}
