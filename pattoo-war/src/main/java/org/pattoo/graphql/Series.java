package org.pattoo.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
    return each(SeriesPoint::timestamp);
  }

  @Description("Point values (averages, or rates for counters); null in gaps")
  public List<Double> getValues() {
    return each(SeriesPoint::value);
  }

  @Description("Smallest samples; null in gaps and for counters at rollup resolutions")
  public List<Double> getMins() {
    return each(SeriesPoint::min);
  }

  @Description("Largest samples; null in gaps and for counters at rollup resolutions")
  public List<Double> getMaxs() {
    return each(SeriesPoint::max);
  }

  /** One field of every point, in a plain loop: a chart's week is 200,000 points a field. */
  private <T> List<T> each(Function<SeriesPoint, T> field) {
    List<SeriesPoint> points = result.points();
    List<T> out = new ArrayList<>(points.size());
    for (SeriesPoint p : points) {
      out.add(field.apply(p));
    }
    return out;
  }
}
