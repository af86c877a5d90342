package org.pattoo.ingest.line;

import java.util.Arrays;

/**
 * A map key made of a scope and a span of bytes. Lookups wrap a span of the request body without
 * copying it; only keys that go into a map get their own copy.
 */
final class SpanKey {

  private final Object scope;
  private final byte[] bytes;
  private final int from;
  private final int to;
  private final int hash;

  private SpanKey(Object scope, byte[] bytes, int from, int to, int hash) {
    this.scope = scope;
    this.bytes = bytes;
    this.from = from;
    this.to = to;
    this.hash = hash;
  }

  /** A key over {@code bytes[from, to)}, valid while those bytes are not changed. */
  static SpanKey probe(Object scope, byte[] bytes, int from, int to) {
    int h = scope.hashCode();
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return new SpanKey(scope, bytes, from, to, h);
  }

  /** This key with its own copy of the bytes, to keep in a map. */
  SpanKey stored() {
    return new SpanKey(scope, Arrays.copyOfRange(bytes, from, to), 0, to - from, hash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpanKey k
        && k.hash == hash
        && Arrays.equals(bytes, from, to, k.bytes, k.from, k.to)
        && k.scope.equals(scope);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
