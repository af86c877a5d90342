package org.pattoo.agent.bacnet;

import java.util.Locale;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.ObjectTypes;

/**
 * One object whose present-value becomes a data point, scaled by {@code multiplier} when numeric.
 */
record Point(ObjectId object, double multiplier) {

  Point {
    if (object == null || !ObjectTypes.pollable(object.type())) {
      throw new IllegalArgumentException(
          "object: expecting an analog, binary or multi-state input, output or value");
    }
    if (!Double.isFinite(multiplier)) {
      throw new IllegalArgumentException("multiplier: expecting a finite number");
    }
  }

  /** The original's key, {@code analog_value_point_162}, for every object type. */
  String key() {
    return ObjectTypes.name(object.type()).replace('-', '_').toLowerCase(Locale.ROOT)
        + "_point_"
        + object.instance();
  }
}
