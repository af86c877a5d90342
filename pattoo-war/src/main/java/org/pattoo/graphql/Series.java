package org.pattoo.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.SeriesResult;

/** The points of one datapoint over the queried range. */
@Type("Series")
public record Series(
    long idxDatapoint,
    @Description("What was read; AUTO resolves to one of the others") Resolution resolution,
    @Description("Distance between points in ms: bucket width, or polling interval for RAW")
        long stepMs,
    List<Point> points) {

  static Series of(SeriesResult s) {
    return new Series(
        s.idxDatapoint(),
        Resolution.valueOf(s.resolution().name()),
        s.stepMs(),
        s.points().stream().map(Point::of).toList());
  }
}
