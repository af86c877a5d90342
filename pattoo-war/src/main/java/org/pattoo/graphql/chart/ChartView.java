package org.pattoo.graphql.chart;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.chart.Chart;

/** A chart as the API shows it; its datapoints and series are fields resolved on demand. */
@Type("Chart")
@Description("A named, ordered set of datapoints drawn together")
public record ChartView(
    long id,
    String name,
    @Description("The username of the user who made it") String owner,
    @Description("Epoch ms of the last change") long updatedAt,
    @Description("Its datapoints' ids, in drawing order") List<Long> datapointIds) {

  static ChartView of(Chart c) {
    return new ChartView(
        c.id(), c.name(), c.owner().username(), c.updatedAt().toEpochMilli(), c.datapoints());
  }
}
