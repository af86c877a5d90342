package org.pattoo.ingest.json;

import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.util.Optional;

/** A scalar as posted: its JSON kind and its text (numbers keep their literal text). */
record Scalar(Event kind, String text) {

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
    try {
      return Optional.of(new BigDecimal(text.trim()).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return isString() ? "\"" + text + "\"" : text;
  }
}
