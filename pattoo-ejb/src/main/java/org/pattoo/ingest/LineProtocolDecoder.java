package org.pattoo.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.LineSeriesCache.Head;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Names;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/**
 * Decodes InfluxDB line protocol ({@code measurement,tag=v field=1.5,n=3i 1700000000000000000})
 * into samples, as docs/wire-protocol.md maps it: measurement + field make the key, tags the
 * labels, the {@code host} tag the polled target. Lines are independent: every bad line is reported
 * with its number, and nothing is stored unless all lines are good.
 */
public final class LineProtocolDecoder {

  private static final int MAX_VIOLATIONS = 50;
  private static final int MAX_CACHED_FIELDS = 10_000;

  private final byte[] body;
  private final int end;
  private final LineSource source;
  private final String sourceScope;
  private final IngestLimits limits;
  private final LineSeriesCache cache;
  private final SampleBatch batch = new SampleBatch();
  private final List<Violation> violations = new ArrayList<>();
  private final List<Field> fields = new ArrayList<>();
  private int pos;
  private int line;
  private int points;

  private LineProtocolDecoder(
      byte[] body, int length, LineSource source, IngestLimits limits, LineSeriesCache cache) {
    this.body = body;
    this.cache = cache;
    this.end = length;
    this.source = source;
    this.sourceScope = source.identityPrefix();
    this.limits = limits;
  }

  /** A field as written: where its key is in the line, its pattoo type and its value. */
  private record Field(int keyFrom, int keyTo, DataType type, double number, String text) {}

  /** Thrown inside a line; caught per line so the next line is still read. */
  private static final class LineError extends Exception {
    LineError(String message) {
      super(message, null, false, false);
    }
  }

  /** Decodes {@code body[0, length)}, finding series parsed before in {@code cache}. */
  public static SampleBatch decode(
      byte[] body, int length, LineSource source, IngestLimits limits, LineSeriesCache cache)
      throws InvalidPayloadException, PayloadTooLargeException {
    return new LineProtocolDecoder(body, length, source, limits, cache).run();
  }

  private SampleBatch run() throws InvalidPayloadException, PayloadTooLargeException {
    while (pos < end) {
      line++;
      int lineEnd = indexOf((byte) '\n', pos);
      try {
        readLine(trimEnd(lineEnd));
      } catch (LineError e) {
        if (violations.size() < MAX_VIOLATIONS) {
          violations.add(new Violation("line " + line, e.getMessage()));
        }
      }
      pos = lineEnd + 1;
    }
    if (!violations.isEmpty()) {
      throw new InvalidPayloadException(violations);
    }
    if (batch.size() == 0) {
      throw new InvalidPayloadException(new Violation("body", "no data points"));
    }
    return batch;
  }

  private void readLine(int lineEnd) throws LineError, PayloadTooLargeException {
    while (pos < lineEnd && (body[pos] == ' ' || body[pos] == '\t')) {
      pos++;
    }
    if (pos == lineEnd || body[pos] == '#') {
      return;
    }
    Head head = head(lineEnd);
    expectSpace(lineEnd, "a space before the fields");
    fields.clear();
    while (true) {
      fields.add(field(lineEnd));
      if (pos >= lineEnd || body[pos] != ',') {
        break;
      }
      pos++;
    }
    long timestamp = source.receivedAt();
    if (pos < lineEnd) {
      expectSpace(lineEnd, "a space before the timestamp");
      timestamp = timestamp(lineEnd);
    }
    String problem = limits.timestampProblem(timestamp);
    if (problem != null) {
      throw new LineError("timestamp " + problem);
    }
    for (Field f : fields) {
      if (++points > limits.maxPoints()) {
        throw new PayloadTooLargeException(
            "more than "
                + limits.maxPoints()
                + " data points in one request (pattoo.ingest.max-points)");
      }
      int s = batch.indexOf(series(head, f));
      if (f.type() == DataType.STRING) {
        batch.addText(s, timestamp, f.text());
      } else {
        batch.addNumber(s, timestamp, f.number());
      }
    }
  }

  /** The measurement and tags, from the cache when these bytes were parsed before. */
  private Head head(int lineEnd) throws LineError {
    int headEnd = nameEnd(lineEnd, pos, (byte) ' ', (byte) ' ', (byte) ' ');
    SpanKey probe = SpanKey.probe(sourceScope, body, pos, headEnd);
    Head head = cache.get(probe);
    if (head != null) {
      pos = headEnd;
      return head;
    }
    String measurement = name(lineEnd, false, "measurement");
    Map<String, String> tags = new TreeMap<>();
    while (pos < lineEnd && body[pos] == ',') {
      pos++;
      String key = name(lineEnd, true, "tag key");
      expectEquals(lineEnd, "tag " + key);
      String value = name(lineEnd, false, "tag value of " + key);
      tags.put(key, value);
    }
    return cache.keep(probe.stored(), new Head(measurement, tags, new ConcurrentHashMap<>()));
  }

  private Field field(int lineEnd) throws LineError {
    int keyFrom = pos;
    pos = nameEnd(lineEnd, pos, (byte) ',', (byte) ' ', (byte) '=');
    if (pos == keyFrom) {
      throw new LineError("missing field key at column " + column(keyFrom));
    }
    if (pos >= lineEnd || body[pos] != '=') {
      throw new LineError(
          "field " + text(keyFrom, pos) + ": expecting '=' at column " + column(pos));
    }
    pos++;
    return fieldValue(keyFrom, pos - 1, lineEnd);
  }

  private Series series(Head head, Field f) throws LineError {
    SpanKey probe = SpanKey.probe(f.type(), body, f.keyFrom(), f.keyTo());
    Series cached = head.series().get(probe);
    if (cached != null) {
      return cached;
    }
    String fieldKey = text(f.keyFrom(), f.keyTo());
    checkLength(fieldKey, "field key");
    Series series = describe(head, fieldKey, f.type());
    if (head.series().size() >= MAX_CACHED_FIELDS) {
      head.series().clear();
    }
    Series raced = head.series().putIfAbsent(probe.stored(), series);
    return raced == null ? series : raced;
  }

  private Series describe(Head head, String fieldKey, DataType type) throws LineError {
    String program = source.program();
    String target = head.tags().getOrDefault("host", source.defaultTarget());
    String key = Names.tokenize(head.measurement() + "_" + fieldKey);
    if (key.isEmpty()) {
      throw new LineError("measurement and field " + fieldKey + " give an empty key");
    }
    List<Label> labels = new ArrayList<>();
    String agentChecksum = SeriesIdentity.sha256(key + type.code());
    for (Map.Entry<String, String> tag : head.tags().entrySet()) {
      String labelKey = Names.tokenize(tag.getKey());
      if (tag.getKey().equals("host") || labelKey.isEmpty()) {
        continue;
      }
      checkLength(tag.getValue(), "tag " + tag.getKey());
      agentChecksum = SeriesIdentity.sha256(agentChecksum + labelKey + tag.getValue());
      labels.add(new Label(Names.prefixed(program, labelKey), tag.getValue()));
    }
    checkLength(target, "host tag");
    return new Series(
        SeriesIdentity.checksum(source.agentId(), target, agentChecksum),
        source.agentId(),
        target,
        program,
        target,
        Names.prefixed(program, key),
        type,
        source.pollingIntervalMs(),
        labels);
  }

  /** Reads up to an unescaped delimiter; keys end at '=' or ',', values at ',' or ' '. */
  private String name(int lineEnd, boolean isKey, String what) throws LineError {
    int start = pos;
    pos = nameEnd(lineEnd, start, (byte) ',', (byte) ' ', isKey ? (byte) '=' : (byte) ' ');
    if (pos == start) {
      throw new LineError("missing " + what + " at column " + column(start));
    }
    String text = text(start, pos);
    checkLength(text, what);
    return text;
  }

  /** Where a name starting at {@code from} ends: its first unescaped stop byte, or the line end. */
  private int nameEnd(int lineEnd, int from, byte stop1, byte stop2, byte stop3) {
    int at = from;
    while (at < lineEnd) {
      byte b = body[at];
      if (b == '\\' && at + 1 < lineEnd) {
        at += 2;
      } else if (b == stop1 || b == stop2 || b == stop3) {
        break;
      } else {
        at++;
      }
    }
    return at;
  }

  /** A name's text, its escapes undone. */
  private String text(int from, int to) {
    String text = new String(body, from, to - from, StandardCharsets.UTF_8);
    return text.indexOf('\\') < 0 ? text : unescape(text, ",= ");
  }

  private Field fieldValue(int keyFrom, int keyTo, int lineEnd) throws LineError {
    if (pos < lineEnd && body[pos] == '"') {
      int start = ++pos;
      while (pos < lineEnd && body[pos] != '"') {
        if (body[pos] == '\\' && pos + 1 < lineEnd) {
          pos++;
        }
        pos++;
      }
      if (pos >= lineEnd) {
        throw fieldError(keyFrom, keyTo, "unterminated string starting at column " + column(start));
      }
      String value = unescape(new String(body, start, pos - start, StandardCharsets.UTF_8), "\"\\");
      pos++;
      checkLength(value, "field " + text(keyFrom, keyTo));
      return new Field(keyFrom, keyTo, DataType.STRING, 0, value);
    }
    int start = pos;
    while (pos < lineEnd && body[pos] != ',' && body[pos] != ' ') {
      pos++;
    }
    String raw = new String(body, start, pos - start, StandardCharsets.US_ASCII);
    if (raw.isEmpty()) {
      throw fieldError(keyFrom, keyTo, "missing value at column " + column(start));
    }
    byte first = body[start];
    if (first == 't' || first == 'T' || first == 'f' || first == 'F') {
      switch (raw) {
        case "t", "T", "true", "True", "TRUE":
          return new Field(keyFrom, keyTo, DataType.INT, 1, null);
        case "f", "F", "false", "False", "FALSE":
          return new Field(keyFrom, keyTo, DataType.INT, 0, null);
        default:
          break;
      }
    }
    char suffix = raw.charAt(raw.length() - 1);
    try {
      if (suffix == 'i' || suffix == 'u') {
        long n = Long.parseLong(raw.substring(0, raw.length() - 1));
        if (suffix == 'u' && n < 0) {
          throw new NumberFormatException();
        }
        return new Field(keyFrom, keyTo, DataType.INT, n, null);
      }
      double d = Double.parseDouble(raw);
      if (Double.isFinite(d) && isDecimal(start, pos)) {
        return new Field(keyFrom, keyTo, DataType.FLOAT, d, null);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw fieldError(
        keyFrom,
        keyTo,
        "expecting a float, an integer (1i), an unsigned (1u), a boolean or a \"string\", found "
            + raw);
  }

  /** Digits, signs, point and exponent only: Java also reads "NaN", "0x1p3" or "1d". */
  private boolean isDecimal(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = body[i];
      if (!(b >= '0' && b <= '9' || b == '.' || b == '+' || b == '-' || b == 'e' || b == 'E')) {
        return false;
      }
    }
    return true;
  }

  private LineError fieldError(int keyFrom, int keyTo, String message) {
    return new LineError("field " + text(keyFrom, keyTo) + ": " + message);
  }

  private long timestamp(int lineEnd) throws LineError {
    int start = pos;
    while (pos < lineEnd && body[pos] != ' ') {
      pos++;
    }
    if (pos != lineEnd) {
      throw new LineError("unexpected text after the timestamp at column " + column(pos));
    }
    try {
      return source.precision().toMillis(integer(start, pos));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new LineError(
          "timestamp: expecting an integer, found "
              + new String(body, start, pos - start, StandardCharsets.UTF_8));
    }
  }

  /** Long.parseLong over bytes, without a String for every line. */
  private long integer(int from, int to) {
    boolean negative = from < to && body[from] == '-';
    int i = from < to && (body[from] == '-' || body[from] == '+') ? from + 1 : from;
    if (i == to) {
      throw new NumberFormatException();
    }
    long n = 0;
    for (; i < to; i++) {
      int digit = body[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new NumberFormatException();
      }
      n = Math.addExact(Math.multiplyExact(n, 10), negative ? -digit : digit);
    }
    return n;
  }

  /** Drops the backslash before an escapable character; other backslashes stay literal. */
  private static String unescape(String text, String escapable) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && escapable.indexOf(text.charAt(i + 1)) >= 0) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private void expectEquals(int lineEnd, String what) throws LineError {
    if (pos >= lineEnd || body[pos] != '=') {
      throw new LineError(what + ": expecting '=' at column " + column(pos));
    }
    pos++;
  }

  private void expectSpace(int lineEnd, String what) throws LineError {
    if (pos >= lineEnd || body[pos] != ' ') {
      throw new LineError("expecting " + what + " at column " + column(pos));
    }
    while (pos < lineEnd && body[pos] == ' ') {
      pos++;
    }
  }

  private void checkLength(String text, String what) throws LineError {
    String problem = limits.lengthProblem(text);
    if (problem != null) {
      throw new LineError(what + ": " + problem);
    }
  }

  private int indexOf(byte b, int from) {
    for (int i = from; i < end; i++) {
      if (body[i] == b) {
        return i;
      }
    }
    return end;
  }

  private int trimEnd(int lineEnd) {
    return lineEnd > pos && body[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
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
