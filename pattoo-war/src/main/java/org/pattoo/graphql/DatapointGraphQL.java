package org.pattoo.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.pattoo.api.CallerLanguage;
import org.pattoo.chart.ChartService;
import org.pattoo.query.DatapointFilter;
import org.pattoo.query.DatapointQueries;
import org.pattoo.query.DatapointSort;
import org.pattoo.query.LatestQueries;
import org.pattoo.query.LatestSample;
import org.pattoo.query.PageRequest;

/** Datapoints: filtered, sorted and paged, each with its newest sample fetched in one batch. */
@GraphQLApi
@ApplicationScoped
public class DatapointGraphQL {

  @Inject DatapointQueries datapoints;
  @Inject LatestQueries latest;
  @Inject CallerLanguage language;

  @Query("datapoints")
  @Description("Datapoints matching every given filter field")
  public DatapointConnection datapoints(
      @Name("filter") DatapointFilterInput filter,
      @Name("sort") @DefaultValue("KEY") DatapointOrder sort,
      @Name("descending") @DefaultValue("false") boolean descending,
      @Name("first") @DefaultValue("100") int first,
      @Name("after") String after)
      throws GraphQLException {
    DatapointSort order = DatapointSort.valueOf(sort.name());
    DatapointFilter f = filter == null ? DatapointFilter.ALL : filter.toFilter();
    return Failures.read(
        () ->
            DatapointConnection.of(
                datapoints.page(
                    f,
                    order,
                    PageRequest.of(first, after, descending, order.cursorValues()),
                    language.get())));
  }

  @Query("datapointsByIds")
  @Description(
      "The datapoints with these ids (at most as many as a chart holds, 100), in their order; unknown ids left out")
  public List<Datapoint> datapointsByIds(@Name("ids") @NonNull List<@NonNull Long> ids)
      throws GraphQLException {
    if (ids.size() > ChartService.MAX_DATAPOINTS) {
      throw new GraphQLException(
          "ids: expecting at most " + ChartService.MAX_DATAPOINTS + ", found " + ids.size());
    }
    return Failures.read(() -> datapoints.byIds(ids, language.get())).stream()
        .map(Datapoint::of)
        .toList();
  }

  @Name("latest")
  @Description("The newest sample; null when there is none")
  public List<Latest> latest(@Source List<Datapoint> of) throws GraphQLException {
    List<Long> ids = of.stream().map(Datapoint::idxDatapoint).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, LatestSample> byId = new HashMap<>();
    Failures.read(() -> latest.latest(ids)).forEach(s -> byId.put(s.idxDatapoint(), s));
    List<Latest> out = new ArrayList<>();
    for (long id : ids) {
      LatestSample s = byId.get(id);
      out.add(s == null ? null : Latest.of(s));
    }
    return out;
  }

  @Name("lastTimestamp")
  @Description("Epoch ms of the newest sample; null when there is none")
  public List<Long> lastTimestamp(@Source List<Datapoint> of) throws GraphQLException {
    return latest(of).stream().map(s -> s == null ? null : s.timestamp()).toList();
  }
}
