package org.pattoo.graphql.gate;

import org.pattoo.config.GraphQLSettings;

/** The {@code pattoo.graphql.*} limits applied to a measured operation. */
final class QueryLimits {

  private QueryLimits() {}

  static void check(QueryShape shape, GraphQLSettings limits) throws Refusal {
    if (shape.fields() > limits.maxFields()) {
      throw tooMuch(
          "query too large: over "
              + limits.maxFields()
              + " fields, aliases and fragments counted; the limit is pattoo.graphql.max-fields");
    }
    if (shape.depth() > limits.maxDepth()) {
      throw tooMuch(
          "query too deep: "
              + shape.depth()
              + " levels of fields, over the limit of "
              + limits.maxDepth()
              + " (pattoo.graphql.max-depth)");
    }
    if (shape.cost() > limits.maxCost()) {
      throw tooMuch(
          String.format(
              "query too costly: it may return about %,d values, over the limit of %,d"
                  + " (pattoo.graphql.max-cost); ask for smaller pages (first) or fewer ids",
              shape.cost(), limits.maxCost()));
    }
  }

  private static Refusal tooMuch(String message) {
    return new Refusal(400, "QUERY_TOO_LARGE", message);
  }
}
