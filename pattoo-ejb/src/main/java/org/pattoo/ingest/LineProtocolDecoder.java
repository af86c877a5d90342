package org.pattoo.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes InfluxDB line protocol ({@code measurement,tag=v field=1.5,n=3i 1700000000000000000})
 * into samples, as docs/wire-protocol.md maps it: measurement + field make the key, tags the
 * labels, the {@code host} tag the polled target. Lines are independent: every bad line is reported
 * with its number, and nothing is stored unless all lines are good.
 */
public final class LineProtocolDecoder {

  private static final int MAX_VIOLATIONS = 50;
  private static final int MAX_CACHED_SERIES = 200_000;

  /** Series descriptions by their text in the line, so steady writers skip the hashing. */
  private static final Map<String, Series> SERIES = new ConcurrentHashMap<>();

  private final byte[] body;
  private final int end;
  private final LineSource source;
  private final IngestLimits limits;
  private final SampleBatch batch = new SampleBatch();
  private final List<Violation> violations = new ArrayList<>();
  private int pos;
  private int line;
  private int points;

  private LineProtocolDecoder(byte[] body, int length, LineSource source, IngestLimits limits) {
    this.body = body;
    this.end = length;
    this.source = source;
    this.limits = limits;
  }

  /** A field value as written: its pattoo type and its value. */
  private record Field(String key, DataType type, double number, String text) {}

  /** Thrown inside a line; caught per line so the next line is still read. */
  private static final class LineError extends Exception {
    LineError(String message) {
      super(message, null, false, false);
    }
  }

  public static SampleBatch decode(byte[] body, int length, LineSource source, IngestLimits limits)
      throws InvalidPayloadException, PayloadTooLargeException {
    return new LineProtocolDecoder(body, length, source, limits).run();
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
    int seriesStart = pos;
    String measurement = name(lineEnd, false, "measurement");
    TreeMap<String, String> tags = new TreeMap<>();
    while (pos < lineEnd && body[pos] == ',') {
      pos++;
      String key = name(lineEnd, true, "tag key");
      expectEquals(lineEnd, "tag " + key);
      String value = name(lineEnd, false, "tag value of " + key);
      tags.put(key, value);
    }
    String seriesText = new String(body, seriesStart, pos - seriesStart, StandardCharsets.UTF_8);
    expectSpace(lineEnd, "a space before the fields");
    List<Field> fields = new ArrayList<>();
    while (true) {
      String key = name(lineEnd, true, "field key");
      expectEquals(lineEnd, "field " + key);
      fields.add(fieldValue(key, lineEnd));
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
      int s = batch.indexOf(series(seriesText, measurement, tags, f));
      if (f.type() == DataType.STRING) {
        batch.addText(s, timestamp, f.text());
      } else {
        batch.addNumber(s, timestamp, f.number());
      }
    }
  }

  private Series series(String seriesText, String measurement, Map<String, String> tags, Field f)
      throws LineError {
    String cacheKey =
        source.identityPrefix() + '\u0000' + seriesText + '\u0000' + f.key() + '\u0000' + f.type();
    Series cached = SERIES.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    String program = source.program();
    String target = tags.getOrDefault("host", source.defaultTarget());
    String key = Names.tokenize(measurement + "_" + f.key());
    if (key.isEmpty()) {
      throw new LineError("measurement and field " + f.key() + " give an empty key");
    }
    List<Label> labels = new ArrayList<>();
    String agentChecksum = SeriesIdentity.sha256(key + f.type().code());
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      String labelKey = Names.tokenize(tag.getKey());
      if (tag.getKey().equals("host") || labelKey.isEmpty()) {
        continue;
      }
      checkLength(tag.getValue(), "tag " + tag.getKey());
      agentChecksum = SeriesIdentity.sha256(agentChecksum + labelKey + tag.getValue());
      labels.add(new Label(Names.prefixed(program, labelKey), tag.getValue()));
    }
    checkLength(target, "host tag");
    Series series =
        new Series(
            SeriesIdentity.checksum(source.agentId(), target, agentChecksum),
            source.agentId(),
            target,
            program,
            target,
            Names.prefixed(program, key),
            f.type(),
            source.pollingIntervalMs(),
            labels);
    if (SERIES.size() >= MAX_CACHED_SERIES) {
      SERIES.clear();
    }
    SERIES.put(cacheKey, series);
    return series;
  }

  /** Reads up to an unescaped delimiter; keys end at '=' or ',', values at ',' or ' '. */
  private String name(int lineEnd, boolean isKey, String what) throws LineError {
    int start = pos;
    boolean escaped = false;
    while (pos < lineEnd) {
      byte b = body[pos];
      if (b == '\\' && pos + 1 < lineEnd) {
        escaped = true;
        pos += 2;
        continue;
      }
      if (b == ',' || b == ' ' || isKey && b == '=') {
        break;
      }
      pos++;
    }
    if (pos == start) {
      throw new LineError("missing " + what + " at column " + column(start));
    }
    String text = new String(body, start, pos - start, StandardCharsets.UTF_8);
    if (escaped) {
      text = unescape(text, ",= ");
    }
    checkLength(text, what);
    return text;
  }

  private Field fieldValue(String key, int lineEnd) throws LineError {
    if (pos < lineEnd && body[pos] == '"') {
      int start = ++pos;
      while (pos < lineEnd && body[pos] != '"') {
        if (body[pos] == '\\' && pos + 1 < lineEnd) {
          pos++;
        }
        pos++;
      }
      if (pos >= lineEnd) {
        throw new LineError(
            "field " + key + ": unterminated string starting at column " + column(start));
      }
      String value = unescape(new String(body, start, pos - start, StandardCharsets.UTF_8), "\"\\");
      pos++;
      checkLength(value, "field " + key);
      return new Field(key, DataType.STRING, 0, value);
    }
    int start = pos;
    while (pos < lineEnd && body[pos] != ',' && body[pos] != ' ') {
      pos++;
    }
    String raw = new String(body, start, pos - start, StandardCharsets.US_ASCII);
    if (raw.isEmpty()) {
      throw new LineError("field " + key + ": missing value at column " + column(start));
    }
    switch (raw) {
      case "t", "T", "true", "True", "TRUE":
        return new Field(key, DataType.INT, 1, null);
      case "f", "F", "false", "False", "FALSE":
        return new Field(key, DataType.INT, 0, null);
      default:
        break;
    }
    char suffix = raw.charAt(raw.length() - 1);
    try {
      if (suffix == 'i' || suffix == 'u') {
        long n = Long.parseLong(raw.substring(0, raw.length() - 1));
        if (suffix == 'u' && n < 0) {
          throw new NumberFormatException();
        }
        return new Field(key, DataType.INT, n, null);
      }
      double d = Double.parseDouble(raw);
      if (Double.isFinite(d) && raw.chars().allMatch(c -> "0123456789.+-eE".indexOf(c) >= 0)) {
        return new Field(key, DataType.FLOAT, d, null);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new LineError(
        "field "
            + key
            + ": expecting a float, an integer (1i), an unsigned (1u), a boolean or a"
            + " \"string\", found "
            + raw);
  }

  private long timestamp(int lineEnd) throws LineError {
    int start = pos;
    while (pos < lineEnd && body[pos] != ' ') {
      pos++;
    }
    String raw = new String(body, start, pos - start, StandardCharsets.US_ASCII);
    if (pos != lineEnd) {
      throw new LineError("unexpected text after the timestamp at column " + column(pos));
    }
    try {
      return source.precision().toMillis(Long.parseLong(raw));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new LineError("timestamp: expecting an integer, found " + raw);
    }
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
