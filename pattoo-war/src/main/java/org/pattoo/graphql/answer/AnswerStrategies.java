package org.pattoo.graphql.answer;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives SmallRye's GraphQL engine the query strategy of this package when SmallRye builds it (found
 * through {@code META-INF/services}; no configuration key, so always on).
 */
public final class AnswerStrategies implements EventingService {

  @Override
  public String getConfigKey() {
    return null;
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    return builder.queryExecutionStrategy(new ScalarListStrategy());
  }
}
