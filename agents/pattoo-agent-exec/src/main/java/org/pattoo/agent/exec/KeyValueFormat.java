package org.pattoo.agent.exec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/**
 * Reads the simple format, one {@code key value [type]} a line, {@code #} comments and blank lines
 * ignored; a value with spaces is written in double quotes. Every point takes the poll's time.
 */
final class KeyValueFormat {

  private static final BigInteger MAX_COUNTER64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private static final Set<String> TYPES =
      Set.of("gauge", "int", "float", "counter", "counter64", "string");

  private KeyValueFormat() {}

  static List<DataPoint> parse(String output, long now, List<Metadata> metadata)
      throws BadOutputException {
    List<DataPoint> points = new ArrayList<>();
    String[] lines = output.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        points.add(point(line, now, metadata));
      } catch (IllegalArgumentException e) {
        throw new BadOutputException(i + 1, e.getMessage());
      }
    }
    return points;
  }

  private static DataPoint point(String line, long now, List<Metadata> metadata) {
    String[] keyAndRest = line.split("\\s+", 2);
    if (keyAndRest.length < 2) {
      throw new IllegalArgumentException(
          "expecting \"key value [type]\", found \"" + shortened(line) + "\"");
    }
    String key = keyAndRest[0];
    String rest = keyAndRest[1];
    String value;
    String type;
    if (rest.startsWith("\"")) {
      int end = closingQuote(rest);
      value = rest.substring(1, end).replace("\\\"", "\"").replace("\\\\", "\\");
      type = rest.substring(end + 1).strip();
      type = type.isEmpty() ? "string" : type;
    } else {
      String[] words = rest.split("\\s+");
      if (words.length > 2) {
        throw new IllegalArgumentException(
            "expecting \"key value [type]\", found "
                + (words.length + 1)
                + " words (quote a value with spaces)");
      }
      if (words.length == 1 && TYPES.contains(words[0].toLowerCase(Locale.ROOT))) {
        // what a script prints when the command giving its value printed nothing
        throw new IllegalArgumentException(key + ": no value before type " + words[0]);
      }
      value = words[0];
      type = words.length == 2 ? words[1] : "gauge";
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "gauge", "float" -> number(key, DataType.FLOAT, decimal(key, value), now, metadata);
      case "int" -> number(key, DataType.INT, integer(key, value, type), now, metadata);
      case "counter" -> number(key, DataType.COUNTER32, counter(key, value, type), now, metadata);
      case "counter64" -> number(key, DataType.COUNTER64, counter(key, value, type), now, metadata);
      case "string" -> new DataPoint(key, DataType.STRING, null, value, now, metadata);
      default ->
          throw new IllegalArgumentException(
              key
                  + ": expecting type gauge, int, float, counter, counter64 or string, found \""
                  + type
                  + "\"");
    };
  }

  private static DataPoint number(
      String key, DataType type, Number value, long now, List<Metadata> metadata) {
    return new DataPoint(key, type, value, null, now, metadata);
  }

  private static int closingQuote(String rest) {
    for (int i = 1; i < rest.length(); i++) {
      if (rest.charAt(i) == '\\') {
        i++;
      } else if (rest.charAt(i) == '"') {
        return i;
      }
    }
    throw new IllegalArgumentException("unterminated quoted value");
  }

  private static Double decimal(String key, String value) {
    if (!FieldValue.DECIMAL.matcher(value).matches()) {
      throw new IllegalArgumentException(key + ": expecting a number, found \"" + value + "\"");
    }
    return Double.parseDouble(value);
  }

  private static Long integer(String key, String value, String type) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + ": expecting an integer for type " + type + ", found \"" + value + "\"");
    }
  }

  /** A counter reading: 0 to 2^64-1, beyond a long's range as a BigInteger. */
  private static Number counter(String key, String value, String type) {
    try {
      BigInteger n = new BigInteger(value);
      if (n.signum() >= 0 && n.compareTo(MAX_COUNTER64) <= 0) {
        return n.bitLength() < 64 ? (Number) n.longValueExact() : n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        key
            + ": expecting an integer 0-18446744073709551615 for type "
            + type
            + ", found \""
            + value
            + "\"");
  }

  private static String shortened(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
