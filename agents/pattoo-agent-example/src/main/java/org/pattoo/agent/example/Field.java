package org.pattoo.agent.example;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/**
 * A value to read from the document by its JSON pointer (RFC 6901, e.g. {@code /temperature/value})
 * and the data point it becomes.
 */
record Field(String pointer, String key, DataType type) {

  Field {
    if (key.isBlank()) {
      throw new IllegalArgumentException("key: expecting a name for the whole document's value");
    }
    try {
      Json.createPointer(pointer);
    } catch (JsonException e) {
      throw new IllegalArgumentException(
          "pointer: expecting a JSON pointer like /temperature/value, found \"" + pointer + "\"");
    }
  }

  // tag::read[]
  /** The field's data point; a missing or mistyped value is the field's problem, named. */
  DataPoint read(JsonStructure doc, long now, List<Metadata> metadata) throws FieldException {
    JsonValue v;
    try {
      v = Json.createPointer(pointer).getValue(doc);
    } catch (JsonException e) { // absent, or under a value that is not an object or array
      throw new FieldException(pointer + ": no such field");
    }
    if (type == DataType.STRING) {
      String text = v instanceof JsonString s ? s.getString() : v.toString();
      return new DataPoint(key, type, null, text, now, metadata);
    }
    if (!(v instanceof JsonNumber n) || !fits(n)) {
      throw new FieldException(pointer + ": expecting " + expected() + ", found " + v);
    }
    Number value = type == DataType.FLOAT ? n.doubleValue() : n.bigIntegerValue();
    return new DataPoint(key, type, value, null, now, metadata);
  }

  // end::read[]

  private boolean fits(JsonNumber n) {
    return switch (type) {
      case FLOAT -> true;
      case INT -> n.isIntegral();
      default -> n.isIntegral() && n.bigIntegerValue().signum() >= 0; // the server refuses
    };
  }

  private String expected() {
    return switch (type) {
      case FLOAT -> "a number";
      case INT -> "an integer";
      default -> "an integer 0 or more";
    };
  }

  /** A field that the document does not hold as configured. */
  static final class FieldException extends Exception {
    FieldException(String message) {
      super(message);
    }
  }
}
