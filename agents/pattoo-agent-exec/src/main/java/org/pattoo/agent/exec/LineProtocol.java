package org.pattoo.agent.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/**
 * Reads InfluxDB line protocol ({@code measurement[,tag=v...] field=v[,field=v...] [timestamp]})
 * the way the server's own endpoint maps it: key {@code measurement_field}, tags as identity labels
 * in key order, {@code 12i}/{@code 12u} and booleans as ints, other numbers as floats, quoted
 * values as strings.
 */
final class LineProtocol {

  private LineProtocol() {}

  static List<DataPoint> parse(String output, Precision precision, long now, List<Metadata> labels)
      throws BadOutputException {
    List<DataPoint> points = new ArrayList<>();
    String[] lines = output.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        points.addAll(line(line, precision, now, labels));
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new BadOutputException(i + 1, e.getMessage());
      }
    }
    return points;
  }

  private static List<DataPoint> line(
      String text, Precision precision, long now, List<Metadata> labels) {
    Cursor c = new Cursor(text);
    String measurement = c.token(",  ", ", ", "measurement");
    Map<String, String> tags = new TreeMap<>();
    while (c.take(',')) {
      String key = c.token("=", ",= ", "tag key");
      c.expect('=', "after tag " + key);
      tags.put(key, c.token(", ", ",= ", "value of tag " + key));
    }
    if (!c.take(' ')) {
      throw new IllegalArgumentException("expecting a space and fields after the tags");
    }
    c.skipSpaces();
    Map<String, LineValue> fields = new TreeMap<>();
    do {
      String key = c.token("=", ",= ", "field key");
      c.expect('=', "after field " + key);
      fields.put(key, c.value(key));
    } while (c.take(','));
    c.skipSpaces();
    long timestamp = c.atEnd() ? now : precision.toMillis(c.timestamp());
    List<Metadata> metadata = new ArrayList<>(labels);
    tags.forEach((k, v) -> metadata.add(Metadata.of(k, v)));
    List<DataPoint> points = new ArrayList<>();
    fields.forEach(
        (field, value) ->
            points.add(
                new DataPoint(
                    measurement + "_" + field,
                    value.type(),
                    value.number(),
                    value.text(),
                    timestamp,
                    metadata)));
    return points;
  }

  /** A field's value and its pattoo type. */
  record LineValue(DataType type, Number number, String text) {}

  /** Walks one line, with the protocol's backslash escapes. */
  private static final class Cursor {
    private final String s;
    private int at;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return at >= s.length();
    }

    boolean take(char c) {
      if (!atEnd() && s.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    void expect(char c, String where) {
      if (!take(c)) {
        throw new IllegalArgumentException("expecting '" + c + "' " + where);
      }
    }

    void skipSpaces() {
      while (take(' ')) {
        // a run of spaces separates as one does
      }
    }

    /** Up to the first unescaped stop character; a backslash escapes one of {@code escapable}. */
    String token(String stops, String escapable, String what) {
      StringBuilder out = new StringBuilder();
      while (!atEnd() && stops.indexOf(s.charAt(at)) < 0) {
        char ch = s.charAt(at++);
        if (ch == '\\' && !atEnd() && escapable.indexOf(s.charAt(at)) >= 0) {
          ch = s.charAt(at++);
        }
        out.append(ch);
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("missing " + what);
      }
      return out.toString();
    }

    LineValue value(String field) {
      if (take('"')) {
        StringBuilder out = new StringBuilder();
        while (!take('"')) {
          if (atEnd()) {
            throw new IllegalArgumentException("field " + field + ": unterminated string");
          }
          char ch = s.charAt(at++);
          if (ch == '\\' && !atEnd() && (s.charAt(at) == '"' || s.charAt(at) == '\\')) {
            ch = s.charAt(at++);
          }
          out.append(ch);
        }
        return new LineValue(DataType.STRING, null, out.toString());
      }
      String raw = token(", ", "", "value of field " + field);
      return FieldValue.of(field, raw);
    }

    long timestamp() {
      String raw = s.substring(at);
      try {
        return Long.parseLong(raw);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "expecting an integer timestamp after the fields, found \"" + raw + "\"");
      }
    }
  }
}
