package org.pattoo.agent.bacnet.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads tagged content (135-2020 clause 20.2) from a byte array, failing with a {@link
 * MalformedException} that names the offset when the octets run short or a tag is not what the
 * production requires.
 */
public final class TagReader {

  private final byte[] data;
  private int position;
  private final int end;

  public TagReader(byte[] data, int offset, int end) {
    this.data = data;
    this.position = offset;
    this.end = end;
  }

  public TagReader(byte[] data) {
    this(data, 0, data.length);
  }

  public boolean atEnd() {
    return position >= end;
  }

  public int position() {
    return position;
  }

  public int octet() throws MalformedException {
    need(1);
    return data[position++] & 0xFF;
  }

  /** The next tag header without consuming it, or empty at the end. */
  public java.util.Optional<Tag> peek() throws MalformedException {
    if (atEnd()) {
      return java.util.Optional.empty();
    }
    int saved = position;
    try {
      return java.util.Optional.of(tag());
    } finally {
      position = saved;
    }
  }

  /** Clause 20.2.1: one tag header, with extended tag number and extended length. */
  public Tag tag() throws MalformedException {
    int first = octet();
    int number = first >>> 4;
    boolean context = (first & 0x08) != 0;
    int lvt = first & 0x07;
    if (number == 15) {
      number = octet();
      if (number == 255) {
        throw new MalformedException("reserved tag number 255 at octet " + (position - 1));
      }
    }
    if (context && lvt == 6) {
      return new Tag(number, true, Tag.Kind.OPENING, 0);
    }
    if (context && lvt == 7) {
      return new Tag(number, true, Tag.Kind.CLOSING, 0);
    }
    if (lvt == 5) {
      lvt = octet();
      if (lvt == 254) {
        lvt = (octet() << 8) | octet();
      } else if (lvt == 255) {
        long l = ((long) octet() << 24) | (octet() << 16) | (octet() << 8) | octet();
        if (l > Integer.MAX_VALUE) {
          throw new MalformedException("length " + l + " at octet " + position);
        }
        lvt = (int) l;
      }
    }
    Tag tag = new Tag(number, context, Tag.Kind.PRIMITIVE, lvt);
    need(tag.contentLength());
    return tag;
  }

  /** Expects a context tag of this number and returns its unsigned content (clause 20.2.4). */
  public long contextUnsigned(int number) throws MalformedException {
    Tag t = tag();
    if (!t.isContext(number)) {
      throw new MalformedException(
          "expecting context tag " + number + " at octet " + (position - 1) + ", found " + t);
    }
    return unsignedContent(t.contentLength());
  }

  /** Expects a context tag of this number holding an object identifier (clause 20.2.14). */
  public ObjectId contextObjectId(int number) throws MalformedException {
    Tag t = tag();
    if (!t.isContext(number) || t.contentLength() != 4) {
      throw new MalformedException(
          "expecting object identifier [" + number + "] at octet " + (position - 1));
    }
    return ObjectId.decode(unsignedContent(4));
  }

  public void expectOpening(int number) throws MalformedException {
    Tag t = tag();
    if (!t.isOpening(number)) {
      throw new MalformedException("expecting opening tag " + number + ", found " + t);
    }
  }

  public void expectClosing(int number) throws MalformedException {
    Tag t = tag();
    if (!t.isClosing(number)) {
      throw new MalformedException("expecting closing tag " + number + ", found " + t);
    }
  }

  /** Expects an application-tagged value of the given tag and returns its unsigned content. */
  public long applicationUnsigned(int applicationTag) throws MalformedException {
    Value v = applicationValue();
    if (v.tag() != applicationTag || !(v.content() instanceof Long l)) {
      throw new MalformedException(
          "expecting application tag " + applicationTag + ", found tag " + v.tag());
    }
    return l;
  }

  /** One application-tagged value (clause 20.2.2-20.2.14). */
  public Value applicationValue() throws MalformedException {
    Tag t = tag();
    if (t.context() || t.kind() != Tag.Kind.PRIMITIVE) {
      throw new MalformedException("expecting an application tag, found " + t);
    }
    int n = t.contentLength();
    return switch (t.number()) {
      case Application.NULL -> new Value(Application.NULL, null);
      case Application.BOOLEAN -> new Value(Application.BOOLEAN, t.lengthValueType() != 0);
      case Application.UNSIGNED, Application.ENUMERATED ->
          new Value(t.number(), unsignedContent(n));
      case Application.SIGNED -> new Value(Application.SIGNED, signedContent(n));
      case Application.REAL -> new Value(Application.REAL, Float.intBitsToFloat((int) fixed(4, n)));
      case Application.DOUBLE ->
          new Value(Application.DOUBLE, Double.longBitsToDouble(fixed(8, n)));
      case Application.CHARACTER_STRING -> new Value(Application.CHARACTER_STRING, string(n));
      case Application.OBJECT_ID -> new Value(Application.OBJECT_ID, ObjectId.decode(fixed(4, n)));
      default -> new Value(t.number(), bytes(n));
    };
  }

  /** Skips one whole value: a primitive, or everything up to the matching closing tag. */
  public void skipValue() throws MalformedException {
    Tag t = tag();
    if (t.kind() == Tag.Kind.OPENING) {
      while (true) {
        Tag next = peek().orElseThrow(() -> new MalformedException("unclosed tag " + t.number()));
        if (next.isClosing(t.number())) {
          tag();
          return;
        }
        skipValue();
      }
    }
    position += t.contentLength();
  }

  private long unsignedContent(int n) throws MalformedException {
    if (n < 1 || n > 4) {
      throw new MalformedException("unsigned of " + n + " octets at octet " + position);
    }
    return fixed(n, n);
  }

  private long signedContent(int n) throws MalformedException {
    if (n < 1 || n > 4) {
      throw new MalformedException("signed of " + n + " octets at octet " + position);
    }
    long v = fixed(n, n);
    long sign = 1L << (n * 8 - 1);
    return (v ^ sign) - sign; // clause 20.2.5: two's complement in n octets
  }

  private long fixed(int expected, int n) throws MalformedException {
    if (n != expected) {
      throw new MalformedException(
          "expecting " + expected + " content octets, found " + n + " at octet " + position);
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      v = (v << 8) | (data[position++] & 0xFF);
    }
    return v;
  }

  private String string(int n) throws MalformedException {
    if (n < 1) {
      throw new MalformedException("character string without a character set at " + position);
    }
    int charset = octet();
    Charset cs =
        switch (charset) {
          case 0 -> StandardCharsets.UTF_8; // clause 20.2.9: ISO 10646 (UTF-8)
          case 4 -> StandardCharsets.UTF_16BE; // UCS-2
          case 5 -> StandardCharsets.ISO_8859_1;
          default -> throw new MalformedException("unsupported character set " + charset);
        };
    return new String(bytes(n - 1), cs);
  }

  private byte[] bytes(int n) throws MalformedException {
    need(n);
    byte[] b = Arrays.copyOfRange(data, position, position + n);
    position += n;
    return b;
  }

  private void need(int n) throws MalformedException {
    if (position + n > end) {
      throw new MalformedException(
          "expecting " + n + " more octet(s) at octet " + position + ", the frame ends at " + end);
    }
  }
}
