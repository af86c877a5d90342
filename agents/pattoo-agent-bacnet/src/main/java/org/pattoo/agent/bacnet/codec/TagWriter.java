package org.pattoo.agent.bacnet.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds tagged content octet by octet. Each method cites the clause of ASHRAE 135-2020 it follows;
 * unsigned values use the fewest octets, as clause 20.2.4 requires.
 */
public final class TagWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  public TagWriter raw(int... octets) {
    for (int o : octets) {
      out.write(o);
    }
    return this;
  }

  public TagWriter raw(byte[] octets) {
    out.writeBytes(octets);
    return this;
  }

  /** Clause 20.2.1.1-20.2.1.3: tag number (extended above 14), class bit, length/value/type. */
  private void header(int number, boolean context, int lvt) {
    int classBit = context ? 0x08 : 0x00;
    int small = Math.min(lvt, 5);
    if (lvt == 6 || lvt == 7) {
      small = lvt; // opening/closing marks, only ever passed by open()/close()
    }
    if (number <= 14) {
      out.write((number << 4) | classBit | small);
    } else {
      out.write(0xF0 | classBit | small);
      out.write(number);
    }
    if (small == 5) {
      // Clause 20.2.1.3.1: extended length in 1, 3 (254 + 2) or 5 (255 + 4) octets.
      if (lvt <= 253) {
        out.write(lvt);
      } else if (lvt <= 0xFFFF) {
        out.write(254);
        out.write(lvt >>> 8);
        out.write(lvt);
      } else {
        out.write(255);
        for (int shift = 24; shift >= 0; shift -= 8) {
          out.write(lvt >>> shift);
        }
      }
    }
  }

  /** Clause 20.2.1.3.2: opening tag (LVT 6) of a constructed context value. */
  public TagWriter open(int number) {
    writeMark(number, 6);
    return this;
  }

  /** Clause 20.2.1.3.2: closing tag (LVT 7). */
  public TagWriter close(int number) {
    writeMark(number, 7);
    return this;
  }

  private void writeMark(int number, int lvt) {
    if (number <= 14) {
      out.write((number << 4) | 0x08 | lvt);
    } else {
      out.write(0xF8 | lvt);
      out.write(number);
    }
  }

  /** Clause 20.2.4: unsigned integer, big-endian in the fewest octets (1-4 here). */
  public TagWriter unsigned(int number, boolean context, long value) {
    if (value < 0 || value > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("unsigned: expecting 0-4294967295, found " + value);
    }
    int n = value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x1000000 ? 3 : 4;
    header(number, context, n);
    for (int shift = (n - 1) * 8; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
    return this;
  }

  /** Clause 20.2.11: enumerated, encoded as an unsigned. */
  public TagWriter enumerated(int number, boolean context, long value) {
    return unsigned(number, context, value);
  }

  /** Clause 20.2.6: IEEE-754 single precision, 4 octets. */
  public TagWriter real(int number, boolean context, float value) {
    header(number, context, 4);
    int bits = Float.floatToIntBits(value);
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(bits >>> shift);
    }
    return this;
  }

  /** Clause 20.2.9: character string, character set 0 (ISO 10646 UTF-8) then the octets. */
  public TagWriter characterString(int number, boolean context, String value) {
    byte[] text = value.getBytes(StandardCharsets.UTF_8);
    header(number, context, text.length + 1);
    out.write(0);
    out.writeBytes(text);
    return this;
  }

  /** Clause 20.2.14: object identifier, 4 octets (type << 22 | instance). */
  public TagWriter objectId(int number, boolean context, ObjectId id) {
    header(number, context, 4);
    long v = id.encoded();
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (v >>> shift));
    }
    return this;
  }

  /** Clause 20.2.3: application boolean, its value in the LVT field and no content. */
  public TagWriter applicationBoolean(boolean value) {
    out.write((Application.BOOLEAN << 4) | (value ? 1 : 0));
    return this;
  }

  /** Clause 20.2.3: a context-tagged boolean has one content octet, 0 or 1. */
  public TagWriter contextBoolean(int number, boolean value) {
    header(number, true, 1);
    out.write(value ? 1 : 0);
    return this;
  }

  /** Clause 20.2.2: application null. */
  public TagWriter applicationNull() {
    out.write(0x00);
    return this;
  }
}
