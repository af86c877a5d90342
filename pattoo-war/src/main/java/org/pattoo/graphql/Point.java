package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.SeriesPoint;

/** One point of a series; value, min and max are null in a gap. */
@Type("Point")
public record Point(
    @Description("Sample time or bucket start, epoch ms") long timestamp,
    @Description("Sample or bucket average; for counters the per-second rate") Double value,
    @Description("Smallest sample; null for counters at rollup resolutions") Double min,
    @Description("Largest sample; null for counters at rollup resolutions") Double max,
    @Description("Samples behind the point") long count) {

  static Point of(SeriesPoint p) {
    return new Point(p.timestamp(), p.value(), p.min(), p.max(), p.count());
  }
}
