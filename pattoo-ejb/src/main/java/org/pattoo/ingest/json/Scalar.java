package org.pattoo.ingest.json;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.util.Optional;

/** A scalar as posted: its JSON kind and its text (numbers keep their literal text). */
record Scalar(Event kind, String text) {

  /** The scalar the parser is at after event {@code e}; null when {@code e} starts no scalar. */
  static Scalar of(Event e, JsonParser parser) {
    return switch (e) {
      case VALUE_STRING, VALUE_NUMBER -> new Scalar(e, parser.getString());
      case VALUE_TRUE -> new Scalar(e, "true");
      case VALUE_FALSE -> new Scalar(e, "false");
      case VALUE_NULL -> new Scalar(e, "null");
      default -> null;
    };
  }

  boolean isNumber() {
    return kind == Event.VALUE_NUMBER;
  }

  boolean isString() {
    return kind == Event.VALUE_STRING;
  }

  /** The text as a whole number ("12", "1.2e1", " 12 "); empty when it is not one. */
  Optional<Long> asLong() {
    return longOf(text);
  }

  static Optional<Long> longOf(String text) {
    if (isShortDigits(text)) { // what agents send, parsed without a BigDecimal
      return Optional.of(Long.parseLong(text));
    }
    try {
      return Optional.of(new BigDecimal(text.trim()).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** 1 to 18 digits, which always fit a long. */
  private static boolean isShortDigits(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return isString() ? "\"" + text + "\"" : text;
  }
}
