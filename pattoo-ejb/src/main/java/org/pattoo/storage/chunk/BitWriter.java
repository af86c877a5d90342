package org.pattoo.storage.chunk;

import java.util.Arrays;

/** Appends bit fields, most significant bit first, to a growing byte buffer. */
final class BitWriter {

  private byte[] bytes = new byte[64];
  private int fullBytes;
  private long pending; // bits not yet in bytes, aligned to the top of the long
  private int pendingBits;

  /** Writes the low {@code count} bits (0-64) of {@code value}. */
  void write(long value, int count) {
    while (count > 0) {
      int free = 64 - pendingBits;
      int take = Math.min(free, count);
      long part = (value >>> (count - take)) & mask(take);
      pending |= part << (free - take);
      pendingBits += take;
      count -= take;
      if (pendingBits == 64) {
        flushPending();
      }
    }
  }

  /**
   * An unsigned number in 7-bit groups, each behind a continuation bit: small counts stay small.
   */
  void writeVarint(long value) {
    while ((value & ~0x7FL) != 0) {
      write(0x80 | (value & 0x7F), 8);
      value >>>= 7;
    }
    write(value, 8);
  }

  /** Appends everything {@code other} holds. */
  void append(BitWriter other) {
    for (int i = 0; i < other.fullBytes; i++) {
      write(other.bytes[i], 8);
    }
    if (other.pendingBits > 0) {
      write(other.pending >>> (64 - other.pendingBits), other.pendingBits);
    }
  }

  long bitLength() {
    return fullBytes * 8L + pendingBits;
  }

  /** The bits written, the last byte padded with zeros. */
  byte[] toByteArray() {
    byte[] out = Arrays.copyOf(bytes, fullBytes + (pendingBits + 7) / 8);
    for (int i = 0; i * 8 < pendingBits; i++) {
      out[fullBytes + i] = (byte) (pending >>> (56 - 8 * i));
    }
    return out;
  }

  private void flushPending() {
    if (fullBytes + 8 > bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    for (int i = 0; i < 8; i++) {
      bytes[fullBytes++] = (byte) (pending >>> (56 - 8 * i));
    }
    pending = 0;
    pendingBits = 0;
  }

  static long mask(int bits) {
    return bits == 64 ? -1L : (1L << bits) - 1;
  }
}
