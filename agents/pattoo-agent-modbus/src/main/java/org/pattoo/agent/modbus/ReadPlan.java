package org.pattoo.agent.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Coalesces neighbouring points into as few reads as the protocol allows. Only touching or
 * overlapping points share a read: a gap might be an address the device refuses.
 */
final class ReadPlan {

  private ReadPlan() {}

  static List<ReadRequest> of(List<Point> points) {
    List<ReadRequest> plan = new ArrayList<>();
    for (RegisterKind kind : RegisterKind.values()) {
      List<Point> sorted =
          points.stream()
              .filter(p -> p.kind() == kind)
              .sorted(Comparator.comparingInt(Point::wireAddress).thenComparing(Point::length))
              .toList();
      List<Point> block = new ArrayList<>();
      int start = 0;
      int end = 0;
      for (Point p : sorted) {
        int pointEnd = p.wireAddress() + p.length();
        boolean joins =
            !block.isEmpty()
                && p.wireAddress() <= end
                && Math.max(end, pointEnd) - start <= kind.maxPerRead();
        if (!joins) {
          if (!block.isEmpty()) {
            plan.add(new ReadRequest(kind, start, end - start, block));
          }
          block = new ArrayList<>();
          start = p.wireAddress();
          end = pointEnd;
        }
        block.add(p);
        end = Math.max(end, pointEnd);
      }
      if (!block.isEmpty()) {
        plan.add(new ReadRequest(kind, start, end - start, block));
      }
    }
    return plan;
  }
}
