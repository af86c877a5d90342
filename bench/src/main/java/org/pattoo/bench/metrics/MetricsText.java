package org.pattoo.bench.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format (version 0.0.4) as the server's {@code /metrics}
 * writes it: comment and blank lines are skipped, every other line must be a sample, {@code
 * name{label="value",...} value [timestamp]}. Strict, because a line it misread would turn into a
 * wrong figure or a wait that never ends; an error names the line.
 */
public final class MetricsText {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
  private static final Pattern TIMESTAMP = Pattern.compile("-?[0-9]+");
  private static final Pattern BLANKS = Pattern.compile("[ \t]+");

  private final String line;
  private final int lineNumber;
  private int at;

  private MetricsText(String line, int lineNumber) {
    this.line = line;
    this.lineNumber = lineNumber;
  }

  /** Every sample of {@code text}; throws {@link IllegalStateException} at the first bad line. */
  public static Scrape parse(String text) {
    Map<Scrape.Series, Double> values = new HashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      MetricsText sample = new MetricsText(lines[i], i + 1);
      Scrape.Series series = new Scrape.Series(sample.take(NAME, "a metric name"), sample.labels());
      sample.take(BLANKS, "a space before the value");
      double value = sample.value();
      if (sample.at < sample.line.length()) {
        sample.take(BLANKS, "a space before the timestamp");
        sample.take(TIMESTAMP, "a timestamp in ms");
      }
      if (sample.at < sample.line.length()) {
        throw sample.error("the end of the line");
      }
      if (values.put(series, value) != null) {
        throw new IllegalStateException("metrics line " + (i + 1) + ": " + series + " again");
      }
    }
    return new Scrape(values);
  }

  private Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    if (!skip('{')) {
      return labels;
    }
    while (!skip('}')) {
      String name = take(LABEL, "a label name or '}'");
      expect('=');
      expect('"');
      if (labels.put(name, labelValue()) != null) {
        throw error("label " + name + " once only");
      }
      if (!skip(',') && !line.startsWith("}", at)) {
        throw error("',' or '}'");
      }
    }
    return labels;
  }

  /** The rest of a quoted label value, its closing quote consumed; escapes \\, \" and \n. */
  private String labelValue() {
    StringBuilder value = new StringBuilder();
    while (at < line.length() && line.charAt(at) != '"') {
      char c = line.charAt(at++);
      if (c == '\\' && at < line.length()) {
        char escaped = line.charAt(at++);
        switch (escaped) {
          case '\\', '"' -> value.append(escaped);
          case 'n' -> value.append('\n');
          default -> throw error("an escape \\\\, \\\" or \\n");
        }
      } else {
        value.append(c);
      }
    }
    expect('"');
    return value.toString();
  }

  private double value() {
    for (String special : new String[] {"+Inf", "-Inf", "NaN"}) {
      if (line.startsWith(special, at)) {
        at += special.length();
        return special.equals("NaN")
            ? Double.NaN
            : special.startsWith("+") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      }
    }
    return Double.parseDouble(take(NUMBER, "a number, +Inf, -Inf or NaN"));
  }

  private String take(Pattern pattern, String what) {
    Matcher m = pattern.matcher(line).region(at, line.length());
    if (!m.lookingAt()) {
      throw error(what);
    }
    at = m.end();
    return m.group();
  }

  private boolean skip(char c) {
    boolean there = at < line.length() && line.charAt(at) == c;
    at += there ? 1 : 0;
    return there;
  }

  private void expect(char c) {
    if (!skip(c)) {
      throw error("'" + c + "'");
    }
  }

  private IllegalStateException error(String expected) {
    String found = at < line.length() ? "\"" + line.substring(at) + "\"" : "the end of the line";
    return new IllegalStateException(
        "metrics line " + lineNumber + ": expecting " + expected + ", found " + found);
  }
}
