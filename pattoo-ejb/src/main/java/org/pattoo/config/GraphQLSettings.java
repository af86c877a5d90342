package org.pattoo.config;

/**
 * The {@code pattoo.graphql.*} keys: how much one GraphQL request may ask for. Requests over a
 * limit are refused before they run, with a message naming the key.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxFields most fields in one operation, fragments expanded, every alias counted
 * @param maxCost most values the answer may hold, estimated from page sizes and id lists
 * @param maxRequestBytes largest request body
 */
public record GraphQLSettings(int maxDepth, int maxFields, long maxCost, int maxRequestBytes) {

  static GraphQLSettings read(SettingsReader r) {
    return new GraphQLSettings(
        r.integer("pattoo.graphql.max-depth", 15, 2, 100),
        r.integer("pattoo.graphql.max-fields", 500, 10, 100_000),
        r.integer("pattoo.graphql.max-cost", 200_000, 100, 1_000_000_000),
        r.integer("pattoo.graphql.max-request-bytes", 256 * 1024, 1024, 64 * 1024 * 1024));
  }
}
