package org.pattoo.ingest.line;

import org.pattoo.series.DataType;

/**
 * Where a field's series is written in a body: the line's head (measurement and tags), the field's
 * type and its key; what {@link FieldTable} looks series up by, without copying the bytes.
 */
record FieldKey(
    byte[] body, int headFrom, int headTo, DataType type, int fieldFrom, int fieldTo, int hash) {

  /** The key of a field, given the hash of its line's head ({@link #headHash}). */
  static FieldKey of(
      byte[] body, int headFrom, int headTo, int headHash, DataType type, int from, int to) {
    int h = 31 * headHash + type.ordinal();
    for (int i = from; i < to; i++) {
      h = 31 * h + body[i];
    }
    // The low bits pick the slot: spread the polynomial's bits over them (MurmurHash3's finalizer).
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return new FieldKey(body, headFrom, headTo, type, from, to, h);
  }

  /** The polynomial hash of a line's head, computed once for all its fields. */
  static int headHash(byte[] body, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + body[i];
    }
    return h;
  }

  byte typeCode() {
    return (byte) type.ordinal();
  }

  /** The stored length: head, type, field key. */
  int length() {
    return headTo - headFrom + 1 + fieldTo - fieldFrom;
  }

  /** Writes the stored form at {@code at}; returns the index after it. */
  int copyTo(byte[] to, int at) {
    System.arraycopy(body, headFrom, to, at, headTo - headFrom);
    at += headTo - headFrom;
    to[at++] = typeCode();
    System.arraycopy(body, fieldFrom, to, at, fieldTo - fieldFrom);
    return at + fieldTo - fieldFrom;
  }
}
