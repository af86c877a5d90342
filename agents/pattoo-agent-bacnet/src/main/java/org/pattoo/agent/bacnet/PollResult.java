package org.pattoo.agent.bacnet;

import java.util.List;
import org.pattoo.agent.DataPoint;

/** What one poll of one device gave: the points read and the errors, each naming its object. */
record PollResult(List<DataPoint> points, List<String> errors) {

  PollResult {
    points = List.copyOf(points);
    errors = List.copyOf(errors);
  }
}
