package org.pattoo.ingest.line;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pattoo.series.DataType;

/**
 * The grammar of line protocol: walks a body line by line over its bytes, reading names, field
 * values and timestamps with InfluxDB's escaping and number syntax. It knows nothing of series;
 * errors name the column where the line went wrong.
 */
final class LineScanner {

  /** A field as written: where its key is in the body, its pattoo type and its value. */
  record Field(int keyFrom, int keyTo, DataType type, double number, String text) {}

  private final byte[] body;
  private final int end;
  private int pos;
  private int lineEnd = -1;
  private int contentEnd; // the line's end, a '\r' before its '\n' left out
  private int line;

  LineScanner(byte[] body, int end) {
    this.body = body;
    this.end = end;
  }

  /**
   * Moves to the next line, past its leading blanks; false once the body is read. A line ends at
   * '\n', a '\r' before it dropped.
   */
  boolean nextLine() {
    pos = lineEnd + 1;
    if (pos >= end) {
      return false;
    }
    line++;
    lineEnd = pos;
    while (lineEnd < end && body[lineEnd] != '\n') {
      lineEnd++;
    }
    contentEnd = lineEnd > pos && body[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    while (pos < contentEnd && (body[pos] == ' ' || body[pos] == '\t')) {
      pos++;
    }
    return true;
  }

  int line() {
    return line;
  }

  /** An empty line or a {@code #} comment. */
  boolean isBlankOrComment() {
    return pos == contentEnd || body[pos] == '#';
  }

  boolean hasMore() {
    return pos < contentEnd;
  }

  boolean at(char c) {
    return pos < contentEnd && body[pos] == c;
  }

  /** Steps over a byte that {@link #at} found. */
  void skip() {
    pos++;
  }

  byte[] body() {
    return body;
  }

  int position() {
    return pos;
  }

  /** Where the measurement and tags end: the first unescaped space. */
  int headEnd() {
    return nameEnd(pos, (byte) ' ', (byte) ' ', (byte) ' ');
  }

  void moveTo(int at) {
    pos = at;
  }

  /** Reads up to an unescaped delimiter; keys end at '=' or ',', values at ',' or ' '. */
  String name(boolean isKey, String what) throws LineError {
    int start = pos;
    pos = nameEnd(start, (byte) ',', (byte) ' ', isKey ? (byte) '=' : (byte) ' ');
    if (pos == start) {
      throw new LineError("missing " + what + " at column " + column(start));
    }
    return text(start, pos);
  }

  void expectEquals(String what) throws LineError {
    if (!at('=')) {
      throw new LineError(what + ": expecting '=' at column " + column(pos));
    }
    pos++;
  }

  void expectSpace(String what) throws LineError {
    if (!at(' ')) {
      throw new LineError("expecting " + what + " at column " + column(pos));
    }
    while (at(' ')) {
      pos++;
    }
  }

  Field field() throws LineError {
    int keyFrom = pos;
    pos = nameEnd(pos, (byte) ',', (byte) ' ', (byte) '=');
    if (pos == keyFrom) {
      throw new LineError("missing field key at column " + column(keyFrom));
    }
    if (!at('=')) {
      throw new LineError(
          "field " + text(keyFrom, pos) + ": expecting '=' at column " + column(pos));
    }
    int keyTo = pos++;
    return at('"') ? stringField(keyFrom, keyTo) : otherField(keyFrom, keyTo);
  }

  /** The timestamp that ends a line, in epoch ms: written in {@code precision}. */
  long timestamp(TimePrecision precision) throws LineError {
    int start = pos;
    while (pos < contentEnd && body[pos] != ' ') {
      pos++;
    }
    if (pos != contentEnd) {
      throw new LineError("unexpected text after the timestamp at column " + column(pos));
    }
    try {
      return precision.toMillis(LineNumbers.integer(body, start, pos));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new LineError(
          "timestamp: expecting an integer, found "
              + new String(body, start, pos - start, StandardCharsets.UTF_8));
    }
  }

  /** A name's text, its escapes undone. */
  String text(int from, int to) {
    return LineEscapes.unescape(
        new String(body, from, to - from, StandardCharsets.UTF_8), LineEscapes.NAME);
  }

  private Field stringField(int keyFrom, int keyTo) throws LineError {
    int start = ++pos;
    while (pos < contentEnd && body[pos] != '"') {
      if (body[pos] == '\\' && pos + 1 < contentEnd) {
        pos++;
      }
      pos++;
    }
    if (pos >= contentEnd) {
      throw fieldError(keyFrom, keyTo, "unterminated string starting at column " + column(start));
    }
    String value =
        LineEscapes.unescape(
            new String(body, start, pos - start, StandardCharsets.UTF_8), LineEscapes.STRING);
    pos++;
    return new Field(keyFrom, keyTo, DataType.STRING, 0, value);
  }

  private Field otherField(int keyFrom, int keyTo) throws LineError {
    int start = pos;
    while (pos < contentEnd && body[pos] != ',' && body[pos] != ' ') {
      pos++;
    }
    String raw = new String(body, start, pos - start, StandardCharsets.US_ASCII);
    if (raw.isEmpty()) {
      throw fieldError(keyFrom, keyTo, "missing value at column " + column(start));
    }
    Optional<LineNumbers.Value> value = LineNumbers.parse(raw);
    if (value.isPresent()) {
      return new Field(keyFrom, keyTo, value.get().type(), value.get().number(), null);
    }
    throw fieldError(
        keyFrom,
        keyTo,
        "expecting a float, an integer (1i), an unsigned (1u), a boolean or a \"string\", found "
            + raw);
  }

  private LineError fieldError(int keyFrom, int keyTo, String message) {
    return new LineError("field " + text(keyFrom, keyTo) + ": " + message);
  }

  /** Where a name starting at {@code from} ends: its first unescaped stop byte, or the line end. */
  private int nameEnd(int from, byte stop1, byte stop2, byte stop3) {
    int at = from;
    while (at < contentEnd) {
      byte b = body[at];
      if (b == '\\' && at + 1 < contentEnd) {
        at += 2;
      } else if (b == stop1 || b == stop2 || b == stop3) {
        break;
      } else {
        at++;
      }
    }
    return at;
  }

  /** 1-based column within the current line, for error messages. */
  private int column(int at) {
    int lineStart = at;
    while (lineStart > 0 && body[lineStart - 1] != '\n') {
      lineStart--;
    }
    return at - lineStart + 1;
  }
}
