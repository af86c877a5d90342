package org.pattoo.graphql.answer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.pattoo.json.Jsonp;

/**
 * Writes the {@code data} tree GraphQL execution produced (maps, lists, strings, booleans and
 * numbers) as JSON text. SmallRye copies it into a JSON-P object first, every number a {@code
 * BigDecimal}, then into one buffer: for a chart's 400,000 numbers that took longer than the
 * database read, and its multi-megabyte buffers set off the collector's concurrent cycles. This one
 * appends to a text buffer it hands on to the stream every 32 K characters.
 */
final class DataWriter {

  private static final int FLUSH_AT = 32_768;

  private final OutputStream out;
  private final StringBuilder text = new StringBuilder(FLUSH_AT + 1024);

  DataWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Whether {@link #write} can write all of {@code value}: no NaN, infinity or unknown type. Here
   * and in {@code write} the leaves' final classes are tested first, before any interface: those
   * tests are cheaper, and there are 400,000 leaves to a few hundred maps and lists.
   */
  static boolean writable(Object value) {
    if (value == null || value instanceof Long || value instanceof String) {
      return true;
    }
    if (value instanceof Double d) {
      return Double.isFinite(d);
    }
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        if (!writable(item)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      return writable(map.values());
    }
    if (value instanceof Float f) {
      return Float.isFinite(f);
    }
    return value instanceof Boolean
        || value instanceof Integer
        || value instanceof Short
        || value instanceof BigInteger
        || value instanceof BigDecimal;
  }

  /** Writes {@code value}, which must be {@link #writable}. */
  DataWriter write(Object value) throws IOException {
    if (value instanceof Double d) {
      DecimalText.append(text, d);
    } else if (value instanceof Long l) {
      text.append(l.longValue());
    } else if (value instanceof String s) {
      string(s);
    } else if (value == null) {
      text.append("null");
    } else if (value instanceof Collection<?> items) {
      text.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          text.append(',');
        }
        first = false;
        write(item);
      }
      text.append(']');
    } else if (value instanceof Map<?, ?> map) {
      text.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          text.append(',');
        }
        first = false;
        string(String.valueOf(e.getKey()));
        text.append(':');
        write(e.getValue());
      }
      text.append('}');
    } else {
      text.append(value); // booleans, other numbers (Float as 0.1, not 0.100000001)
    }
    if (text.length() >= FLUSH_AT) {
      flush();
    }
    return this;
  }

  /** Appends raw JSON text, such as {@code {"data":}. */
  DataWriter raw(String json) {
    text.append(json);
    return this;
  }

  /** Hands what is buffered on to the stream. */
  void flush() throws IOException {
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    text.setLength(0);
  }

  /** A JSON string, escaped by JSON-P (strings are few here: keys, enum values, names). */
  private void string(String s) {
    text.append(Jsonp.provider().createValue(s).toString());
  }
}
