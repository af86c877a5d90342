package org.pattoo.agent.modbus;

import java.util.List;

/** One read of a contiguous block of one table, and the points it answers. */
record ReadRequest(RegisterKind kind, int start, int count, List<Point> points) {

  ReadRequest {
    if (count < 1 || count > kind.maxPerRead()) {
      throw new IllegalArgumentException(
          "count: expecting 1-" + kind.maxPerRead() + " " + kind.plural() + ", found " + count);
    }
    points = List.copyOf(points);
    for (Point p : points) {
      if (p.kind() != kind
          || p.wireAddress() < start
          || p.wireAddress() + p.length() > start + count) {
        throw new IllegalArgumentException(
            p.key() + ": outside the read of " + count + " " + kind.plural() + " from " + start);
      }
    }
  }

  /** The first wire address after the block. */
  int end() {
    return start + count;
  }

  /** For errors, in the configured references: "holding registers 40011-40012". */
  String describe() {
    if (points.isEmpty()) {
      return kind.plural() + " at wire address " + start + "-" + (end() - 1);
    }
    Point first = points.get(0);
    long from = first.reference() - (first.wireAddress() - start);
    return kind.plural() + " " + from + "-" + (from + count - 1);
  }
}
