package org.pattoo.agent.bacnet.codec;

/**
 * One decoded tag header (135-2020 clause 20.2.1): its number, class, and either the length of its
 * content or, for an application boolean, the value itself; or an opening/closing tag.
 *
 * @param lengthValueType the length of the content (or the boolean value, or 0 for opening and
 *     closing tags)
 */
public record Tag(int number, boolean context, Kind kind, int lengthValueType) {

  /** Primitive content, or a constructed value's bracket (clause 20.2.1.3.2). */
  public enum Kind {
    PRIMITIVE,
    OPENING,
    CLOSING
  }

  public Tag {
    if (number < 0 || number > 254) {
      throw new IllegalArgumentException("tag number: expecting 0-254, found " + number);
    }
    if (lengthValueType < 0) {
      throw new IllegalArgumentException("tag length: expecting >= 0, found " + lengthValueType);
    }
  }

  /** Content octets following the header. */
  public int contentLength() {
    if (kind != Kind.PRIMITIVE || (!context && number == Application.BOOLEAN)) {
      return 0;
    }
    return lengthValueType;
  }

  public boolean isOpening(int n) {
    return context && kind == Kind.OPENING && number == n;
  }

  public boolean isClosing(int n) {
    return context && kind == Kind.CLOSING && number == n;
  }

  public boolean isContext(int n) {
    return context && kind == Kind.PRIMITIVE && number == n;
  }
}
