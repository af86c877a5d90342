package org.pattoo.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.pattoo.api.CallerLanguage;
import org.pattoo.query.DatapointInfo;
import org.pattoo.query.DatapointQueries;
import org.pattoo.query.LatestQueries;
import org.pattoo.query.PageRequest;
import org.pattoo.query.SeriesQueries;

/** Time-range reads: series points, newest samples and string history. */
@GraphQLApi
@ApplicationScoped
public class SeriesGraphQL {

  @Inject SeriesQueries series;
  @Inject LatestQueries latest;
  @Inject DatapointQueries datapoints;
  @Inject CallerLanguage language;

  @Query("series")
  @Description(
      "Points of numeric datapoints over [from, to) in epoch ms, in the order of the ids."
          + " Every bucket of the range is present; gaps have null values")
  public List<Series> series(
      @Name("datapointIds") @NonNull List<@NonNull Long> datapointIds,
      @Name("from") long from,
      @Name("to") long to,
      @Name("resolution") @DefaultValue("AUTO") Resolution resolution)
      throws GraphQLException {
    org.pattoo.query.Resolution r = org.pattoo.query.Resolution.valueOf(resolution.name());
    return Failures.read(() -> series.series(datapointIds, from, to, r)).stream()
        .map(Series::new)
        .toList();
  }

  @Query("latest")
  @Description("The newest sample of each datapoint that has one, in the order of the ids")
  public List<Latest> latest(@Name("datapointIds") @NonNull List<@NonNull Long> datapointIds)
      throws GraphQLException {
    return Failures.read(() -> latest.latest(datapointIds)).stream().map(Latest::of).toList();
  }

  @Query("stringHistory")
  @Description("Samples of a string datapoint over [from, to) in epoch ms, by time")
  public StringSampleConnection stringHistory(
      @Name("datapointId") long datapointId,
      @Name("from") long from,
      @Name("to") long to,
      @Name("descending") @DefaultValue("false") boolean descending,
      @Name("first") @DefaultValue("100") int first,
      @Name("after") String after)
      throws GraphQLException {
    return Failures.read(
        () ->
            StringSampleConnection.of(
                series.strings(
                    datapointId,
                    from,
                    to,
                    PageRequest.of(first, after, descending, SeriesQueries.stringCursorValues()))));
  }

  @Name("datapoint")
  @Description("The series' datapoint: its key, label and units in your language, its type")
  public List<Datapoint> datapoint(@Source List<Series> of) throws GraphQLException {
    List<Long> ids = of.stream().map(Series::getIdxDatapoint).distinct().toList();
    Map<Long, DatapointInfo> byId =
        Failures.read(() -> datapoints.byIds(ids, language.get())).stream()
            .collect(Collectors.toMap(DatapointInfo::idxDatapoint, Function.identity()));
    return of.stream()
        .map(s -> byId.get(s.getIdxDatapoint()))
        .map(d -> d == null ? null : Datapoint.of(d))
        .toList();
  }
}
