package org.pattoo.storage.chunk;

/** Reads the bit fields a {@link BitWriter} wrote, failing on a chunk that ends too early. */
final class BitReader {

  private final byte[] bytes;
  private final long length;
  private long position;

  BitReader(byte[] bytes) {
    this.bytes = bytes;
    this.length = bytes.length * 8L;
  }

  /** The next {@code count} bits (0-64) as the low bits of a long. */
  long read(int count) {
    if (count > length - position) {
      throw new IllegalArgumentException(
          "chunk ends early: needs " + count + " bits at bit " + position + " of " + length);
    }
    long out = 0;
    int remaining = count;
    while (remaining > 0) {
      int offset = (int) (position & 7);
      int available = 8 - offset;
      int take = Math.min(available, remaining);
      int b = bytes[(int) (position >>> 3)] & 0xFF;
      out = (out << take) | ((b >>> (available - take)) & ((1 << take) - 1));
      position += take;
      remaining -= take;
    }
    return out;
  }

  boolean readBit() {
    return read(1) != 0;
  }

  long readVarint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      long group = read(8);
      value |= (group & 0x7F) << shift;
      if ((group & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "chunk is corrupt: a number at bit " + position + " runs over 64 bits");
  }

  /** A count of items that each take at least one bit: more than the bits left means corruption. */
  int readCount(String what) {
    long count = readVarint();
    if (count < 0 || count > length - position || count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "chunk is corrupt: "
              + what
              + " "
              + Long.toUnsignedString(count)
              + " at bit "
              + position
              + " exceeds the "
              + (length - position)
              + " bits left");
    }
    return (int) count;
  }

  /** Only the zero padding of the last byte may follow the last section. */
  void requireEnd() {
    if (length - position >= 8) {
      throw new IllegalArgumentException(
          "chunk is corrupt: " + (length - position) / 8 + " bytes follow its last section");
    }
  }
}
