package org.pattoo.graphql.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.pattoo.api.CallerLanguage;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.chart.ChartService;
import org.pattoo.graphql.Datapoint;
import org.pattoo.graphql.Failures;
import org.pattoo.graphql.Resolution;
import org.pattoo.graphql.Series;
import org.pattoo.graphql.SeriesGraphQL;
import org.pattoo.query.DatapointInfo;
import org.pattoo.query.DatapointQueries;
import org.pattoo.series.DataType;

/** Charts: everyone lists and reads them; their owner or an admin changes them. */
@GraphQLApi
@ApplicationScoped
public class ChartGraphQL {

  @Inject ChartService charts;
  @Inject DatapointQueries datapoints;
  @Inject SeriesGraphQL series;
  @Inject CurrentCaller current;
  @Inject CallerLanguage language;

  @Query("charts")
  @Description("Every chart, or only yours, by name")
  public List<ChartView> charts(@Name("mine") @DefaultValue("false") boolean mine)
      throws GraphQLException {
    return Calls.as(
        current, caller -> charts.list(caller, mine).stream().map(ChartView::of).toList());
  }

  @Query("chart")
  @Description("One chart; null when there is none with this id")
  public ChartView chart(@Name("id") long id) {
    return charts.find(id).map(ChartView::of).orElse(null);
  }

  @Name("datapoints")
  @Description("The chart's datapoints, labelled in your language, in drawing order")
  public List<Datapoint> datapoints(@Source ChartView chart) throws GraphQLException {
    return infos(chart).stream().map(Datapoint::of).toList();
  }

  @Name("series")
  @Description(
      "Points of the chart's numeric datapoints over [from, to) in epoch ms, in drawing order;"
          + " read string datapoints with stringHistory")
  public List<Series> series(
      @Source ChartView chart,
      @Name("from") long from,
      @Name("to") long to,
      @Name("resolution") @DefaultValue("AUTO") Resolution resolution)
      throws GraphQLException {
    List<Long> numeric =
        infos(chart).stream()
            .filter(d -> d.dataType() != DataType.STRING.code())
            .map(DatapointInfo::idxDatapoint)
            .toList();
    return numeric.isEmpty() ? List.of() : series.series(numeric, from, to, resolution);
  }

  @Mutation("createChart")
  @Description("A new chart of these datapoints, in this order; yours")
  public ChartView createChart(
      @Name("name") @NonNull String name,
      @Name("datapointIds") @NonNull List<@NonNull Long> datapointIds)
      throws GraphQLException {
    return Calls.as(current, caller -> ChartView.of(charts.create(caller, name, datapointIds)));
  }

  @Mutation("updateChart")
  @Description("Sets a chart's name, its datapoints (in order), or both (its owner or an admin)")
  public ChartView updateChart(
      @Name("id") long id, @Name("name") String name, @Name("datapointIds") List<Long> datapointIds)
      throws GraphQLException {
    return Calls.as(
        current,
        caller ->
            ChartView.of(
                charts.update(
                    caller, id, Optional.ofNullable(name), Optional.ofNullable(datapointIds))));
  }

  @Mutation("deleteChart")
  @Description("Deletes a chart, and it leaves every favorites list (its owner or an admin)")
  public boolean deleteChart(@Name("id") long id) throws GraphQLException {
    return Calls.done(current, caller -> charts.delete(caller, id));
  }

  /** The chart's datapoints that still exist, in drawing order. */
  private List<DatapointInfo> infos(ChartView chart) throws GraphQLException {
    return Failures.read(() -> datapoints.byIds(chart.datapointIds(), language.get()));
  }
}
