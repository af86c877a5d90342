package org.pattoo.agent.opcua;

import java.util.Optional;
import org.pattoo.agent.DataPoint;

/** What one node gave in one poll: a data point, or why not. */
record Reading(Optional<DataPoint> point, Optional<String> error) {

  Reading {
    if (point.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("a reading is either a data point or an error");
    }
  }

  static Reading of(DataPoint p) {
    return new Reading(Optional.of(p), Optional.empty());
  }

  static Reading failed(String error) {
    return new Reading(Optional.empty(), Optional.of(error));
  }
}
