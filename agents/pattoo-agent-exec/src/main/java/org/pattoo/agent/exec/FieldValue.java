package org.pattoo.agent.exec;

import java.util.Set;
import java.util.regex.Pattern;
import org.pattoo.agent.DataType;

/** An unquoted line protocol field value: {@code 1.5}, {@code 12i}, {@code 12u} or a boolean. */
final class FieldValue {

  static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Set<String> TRUE = Set.of("t", "T", "true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("f", "F", "false", "False", "FALSE");

  private FieldValue() {}

  static LineProtocol.LineValue of(String field, String raw) {
    if (TRUE.contains(raw) || FALSE.contains(raw)) {
      return new LineProtocol.LineValue(DataType.INT, TRUE.contains(raw) ? 1L : 0L, null);
    }
    char suffix = raw.charAt(raw.length() - 1);
    String digits = raw.substring(0, raw.length() - 1);
    try {
      if ((suffix == 'i' || suffix == 'u') && INTEGER.matcher(digits).matches()) {
        long n = Long.parseLong(digits);
        if (suffix == 'u' && n < 0) {
          throw new NumberFormatException();
        }
        return new LineProtocol.LineValue(DataType.INT, n, null);
      }
      if (DECIMAL.matcher(raw).matches()) {
        return new LineProtocol.LineValue(DataType.FLOAT, Double.parseDouble(raw), null);
      }
    } catch (NumberFormatException e) {
      // reported below with the value as written
    }
    throw new IllegalArgumentException(
        "field "
            + field
            + ": expecting a number, 12i, 12u, \"text\" or a boolean, found \""
            + raw
            + "\"");
  }
}
