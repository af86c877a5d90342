package org.pattoo.ingest.line;

import java.util.Optional;
import org.pattoo.series.DataType;

/** Line protocol's number syntax: field values that are not strings, and timestamps. */
final class LineNumbers {

  /** A field value read as a number: booleans and integers are pattoo ints, the rest floats. */
  record Value(DataType type, double number) {}

  private LineNumbers() {}

  /** {@code raw} as a float, an integer (1i), an unsigned (1u) or a boolean; empty otherwise. */
  static Optional<Value> parse(String raw) {
    switch (raw) {
      case "t", "T", "true", "True", "TRUE":
        return Optional.of(new Value(DataType.INT, 1));
      case "f", "F", "false", "False", "FALSE":
        return Optional.of(new Value(DataType.INT, 0));
      default:
        break;
    }
    char suffix = raw.charAt(raw.length() - 1);
    try {
      if (suffix == 'i' || suffix == 'u') {
        long n = Long.parseLong(raw.substring(0, raw.length() - 1));
        return suffix == 'u' && n < 0 ? Optional.empty() : Optional.of(new Value(DataType.INT, n));
      }
      double d = Double.parseDouble(raw);
      if (Double.isFinite(d) && isDecimal(raw)) {
        return Optional.of(new Value(DataType.FLOAT, d));
      }
    } catch (NumberFormatException e) {
      // not a number: empty
    }
    return Optional.empty();
  }

  /** Long.parseLong over bytes, without a String for every line. */
  static long integer(byte[] body, int from, int to) {
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

  /** Digits, signs, point and exponent only: Java also reads "NaN", "0x1p3" or "1d". */
  private static boolean isDecimal(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }
}
