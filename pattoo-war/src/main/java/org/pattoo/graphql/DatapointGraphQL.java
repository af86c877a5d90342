package org.pattoo.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.pattoo.query.DatapointInfo;
import org.pattoo.query.DatapointQueries;

/** Series queries. Time-range reads, rollups and pagination come with the time-series engine. */
@GraphQLApi
@ApplicationScoped
public class DatapointGraphQL {

  static final int MAX_LIMIT = 10_000;

  @Inject DatapointQueries queries;

  @Query("datapoints")
  @Description("Series, ordered by key; filter by agent id and key prefix")
  public List<Datapoint> datapoints(
      @Name("agentId") String agentId,
      @Name("keyPrefix") String keyPrefix,
      @Name("limit") @DefaultValue("100") int limit)
      throws GraphQLException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new GraphQLException("limit: expecting 1-" + MAX_LIMIT + ", found " + limit);
    }
    try {
      return queries
          .datapoints(Optional.ofNullable(agentId), Optional.ofNullable(keyPrefix), limit)
          .stream()
          .map(DatapointGraphQL::toType)
          .toList();
    } catch (SQLException e) {
      throw new GraphQLException("database unavailable: " + e.getMessage());
    }
  }

  private static Datapoint toType(DatapointInfo d) {
    return new Datapoint(
        d.idxDatapoint(),
        d.checksum(),
        d.key(),
        d.dataType(),
        d.pollingInterval(),
        d.agentId(),
        d.target(),
        d.program(),
        d.hostname(),
        d.metadata().entrySet().stream().map(e -> new Label(e.getKey(), e.getValue())).toList(),
        d.latestTimestamp().map(ts -> new Sample(ts, d.latestValue().orElse(null))).orElse(null));
  }
}
