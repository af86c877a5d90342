package org.pattoo.ingest.line;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.pattoo.series.Series;

/**
 * The series of line-protocol fields by the bytes they were written with, for one source: open
 * addressing over flat arrays. Every line looks its series up, and at ten thousand series a chain
 * of map nodes, keys and byte arrays costs a cache miss per link; here a lookup reads a slot, the
 * key's bytes in one shared array and the series (docs/performance.md, session 33).
 *
 * <p>Lookups take no lock. Entries are added by one thread at a time (the {@link LineSeriesCache}'s
 * lock) and become visible through their slot, written last with release semantics. A full table is
 * not grown in place: the cache replaces it by a larger copy.
 */
final class FieldTable {

  private static final int STRIDE = 4;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

  private final long[] slots; // (hash << 32) | (entry + 1); 0 is an empty slot
  private final byte[] keyBytes; // entry e: its head, its type, its field key
  // Entry e at [STRIDE * e]: where its key starts and ends in keyBytes, its head's length and its
  // hash; together, so that a lookup reads one cache line for them.
  private final int[] entries;
  private final Series[] series;
  private int size;
  private int bytesUsed;

  FieldTable(int capacity, int keyCapacity) {
    slots = new long[Integer.highestOneBit(Math.max(capacity, 1)) * 4];
    keyBytes = new byte[keyCapacity];
    entries = new int[STRIDE * capacity];
    series = new Series[capacity];
  }

  /** The series of {@code key}, or null. */
  Series get(FieldKey key) {
    int mask = slots.length - 1;
    for (int slot = key.hash() & mask; ; slot = (slot + 1) & mask) {
      long entry = (long) SLOT.getAcquire(slots, slot);
      if (entry == 0) {
        return null;
      }
      int e = (int) entry - 1;
      if ((int) (entry >>> 32) == key.hash() && matches(e, key)) {
        return series[e];
      }
    }
  }

  int size() {
    return size;
  }

  /** Whether {@link #add} has room for {@code key}. */
  boolean fits(FieldKey key) {
    return size < series.length && bytesUsed + key.length() <= keyBytes.length;
  }

  /** Adds a key not in the table; callers add one at a time and check {@link #fits} first. */
  void add(FieldKey key, Series s) {
    int from = bytesUsed;
    bytesUsed = key.copyTo(keyBytes, bytesUsed);
    index(from, key.headTo() - key.headFrom(), key.hash(), s);
  }

  /** A copy with room for twice the entries and key bytes, and at least {@code key}. */
  FieldTable grown(FieldKey key) {
    FieldTable bigger =
        new FieldTable(
            2 * series.length, Math.max(2 * keyBytes.length, bytesUsed + 2 * key.length()));
    for (int e = 0; e < size; e++) {
      int at = STRIDE * e;
      int from = bigger.bytesUsed;
      System.arraycopy(keyBytes, entries[at], bigger.keyBytes, from, entries[at + 1] - entries[at]);
      bigger.bytesUsed += entries[at + 1] - entries[at];
      bigger.index(from, entries[at + 2], entries[at + 3], series[e]);
    }
    return bigger;
  }

  /**
   * Adds the entry whose key bytes were just written from {@code from} on, and makes it visible to
   * lookups: its slot is written last.
   */
  private void index(int from, int headLength, int hash, Series s) {
    int e = size++;
    int at = STRIDE * e;
    entries[at] = from;
    entries[at + 1] = bytesUsed;
    entries[at + 2] = headLength;
    entries[at + 3] = hash;
    series[e] = s;
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    SLOT.setRelease(slots, slot, (long) hash << 32 | (e + 1));
  }

  private boolean matches(int e, FieldKey key) {
    int at = STRIDE * e;
    int from = entries[at];
    int to = entries[at + 1];
    int head = entries[at + 2];
    int headEnd = from + head;
    return head == key.headTo() - key.headFrom()
        && to - headEnd - 1 == key.fieldTo() - key.fieldFrom()
        && keyBytes[headEnd] == key.typeCode()
        && Arrays.equals(keyBytes, from, headEnd, key.body(), key.headFrom(), key.headTo())
        && Arrays.equals(keyBytes, headEnd + 1, to, key.body(), key.fieldFrom(), key.fieldTo());
  }
}
