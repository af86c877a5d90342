package org.pattoo.graphql.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.pattoo.api.Calls;
import org.pattoo.api.CurrentCaller;
import org.pattoo.chart.Chart;
import org.pattoo.chart.FavoriteService;

/** Your favorite charts, in your order; each user has their own. */
@GraphQLApi
@ApplicationScoped
public class FavoriteGraphQL {

  @Inject FavoriteService favorites;
  @Inject CurrentCaller current;

  @Query("favorites")
  @Description("Your favorite charts, in your order")
  public List<ChartView> favorites() throws GraphQLException {
    return Calls.as(current, caller -> views(favorites.list(caller)));
  }

  @Mutation("setFavorites")
  @Description("Makes these charts your favorites, in this order (to reorder, or to clear: [])")
  public List<ChartView> setFavorites(@Name("chartIds") @NonNull List<@NonNull Long> chartIds)
      throws GraphQLException {
    return Calls.as(current, caller -> views(favorites.set(caller, chartIds)));
  }

  @Mutation("addFavorite")
  @Description("Adds a chart at the end of your favorites")
  public List<ChartView> addFavorite(@Name("chartId") long chartId) throws GraphQLException {
    return Calls.as(current, caller -> views(favorites.add(caller, chartId)));
  }

  @Mutation("removeFavorite")
  @Description("Removes a chart from your favorites")
  public List<ChartView> removeFavorite(@Name("chartId") long chartId) throws GraphQLException {
    return Calls.as(current, caller -> views(favorites.remove(caller, chartId)));
  }

  private static List<ChartView> views(List<Chart> charts) {
    return charts.stream().map(ChartView::of).toList();
  }
}
