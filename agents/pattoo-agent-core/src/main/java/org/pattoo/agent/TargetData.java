package org.pattoo.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data points polled from one target in one poll; a repeated series keeps its first point.
 *
 * @param target what was polled (a host, a device, an endpoint): part of every point's series
 *     identity
 */
public record TargetData(String target, List<DataPoint> points) {

  public TargetData {
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("target: expecting a non-empty string");
    }
    Set<String> seen = new HashSet<>();
    List<DataPoint> unique = new ArrayList<>();
    for (DataPoint p : points) {
      if (seen.add(p.checksum())) {
        unique.add(p);
      }
    }
    points = List.copyOf(unique);
  }
}
