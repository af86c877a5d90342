package org.pattoo.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.SeriesPoint;
import org.pattoo.query.SeriesResult;

/**
 * The points of one datapoint over the queried range, as objects ({@code points}) or as parallel
 * arrays ({@code timestamps}, {@code values}, ...). The arrays cost a fraction of the objects to
 * serialize, which matters for charts of many series over long ranges. Getters run only for the
 * fields a query asks for.
 */
@Type("Series")
public final class Series {

  private final SeriesResult result;

  public Series(SeriesResult result) {
    this.result = result;
  }

  public long getIdxDatapoint() {
    return result.idxDatapoint();
  }

  @Description("What was read; AUTO resolves to one of the others")
  public Resolution getResolution() {
    return Resolution.valueOf(result.resolution().name());
  }

  @Description("Distance between points in ms: bucket width, or polling interval for RAW")
  public long getStepMs() {
    return result.stepMs();
  }

  public List<Point> getPoints() {
    return result.points().stream().map(Point::of).toList();
  }

  @Description("Point timestamps, epoch ms; the arrays below are parallel to it")
  public List<Long> getTimestamps() {
    return result.points().stream().map(SeriesPoint::timestamp).toList();
  }

  @Description("Point values (averages, or rates for counters); null in gaps")
  public List<Double> getValues() {
    return result.points().stream().map(SeriesPoint::value).toList();
  }

  @Description("Smallest samples; null in gaps and for counters at rollup resolutions")
  public List<Double> getMins() {
    return result.points().stream().map(SeriesPoint::min).toList();
  }

  @Description("Largest samples; null in gaps and for counters at rollup resolutions")
  public List<Double> getMaxs() {
    return result.points().stream().map(SeriesPoint::max).toList();
  }
}
