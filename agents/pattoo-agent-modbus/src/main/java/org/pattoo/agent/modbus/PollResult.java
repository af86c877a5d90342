package org.pattoo.agent.modbus;

import java.util.List;
import java.util.Optional;
import org.pattoo.agent.DataPoint;

/**
 * What one poll of one target gave: the points read, and the first error, which stopped the
 * target's remaining reads when the connection was at fault.
 */
record PollResult(List<DataPoint> points, Optional<String> error) {

  PollResult {
    points = List.copyOf(points);
    if (points.isEmpty() && error.isEmpty()) {
      throw new IllegalArgumentException("a poll gives points, an error, or both");
    }
  }
}
