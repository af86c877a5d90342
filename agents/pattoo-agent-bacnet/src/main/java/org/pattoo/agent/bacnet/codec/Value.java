package org.pattoo.agent.bacnet.codec;

import java.util.Optional;

/**
 * One application-tagged primitive value as decoded (135-2020 clause 20.2.2-20.2.14): null,
 * boolean, unsigned, signed, enumerated (as Long), real (Float), double (Double), character string
 * (String), object identifier ({@link ObjectId}); other types are kept as their raw octets.
 */
public record Value(int tag, Object content) {

  public Value {
    if (tag < 0 || tag > 15) {
      throw new IllegalArgumentException("application tag: expecting 0-15, found " + tag);
    }
  }

  /** A number a data point can carry: booleans count as 0/1. */
  public Optional<Number> number() {
    if (content instanceof Boolean b) {
      return Optional.of(b ? 1L : 0L);
    }
    if (content instanceof Long || content instanceof Float || content instanceof Double) {
      return Optional.of((Number) content);
    }
    return Optional.empty();
  }

  /** True for values that are whole numbers on the wire (unsigned, signed, enumerated, boolean). */
  public boolean integral() {
    return content instanceof Long || content instanceof Boolean;
  }

  @Override
  public String toString() {
    return content instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : "" + content;
  }
}
