package org.pattoo.agent.bacnet.service;

import java.util.Optional;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.Value;

/**
 * One property of one object as a device answered it: its first value, or the device's error for it
 * (an RPM access error, 135-2020 clause 15.7.1.3.1), never both.
 */
public record PropertyResult(
    ObjectId object, int property, Optional<Value> value, Optional<String> error) {

  public PropertyResult {
    if (object == null || value.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException(
          "property result: expecting an object and either a value or an error");
    }
  }

  public static PropertyResult of(ObjectId object, int property, Value value) {
    return new PropertyResult(object, property, Optional.of(value), Optional.empty());
  }

  public static PropertyResult failed(ObjectId object, int property, String error) {
    return new PropertyResult(object, property, Optional.empty(), Optional.of(error));
  }
}
