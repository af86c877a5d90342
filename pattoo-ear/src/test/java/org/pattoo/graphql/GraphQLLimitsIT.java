package org.pattoo.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.Logins;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestUsers;

/**
 * Queries over the {@code pattoo.graphql.*} limits are refused before they run, naming the key;
 * reads that keep PostgreSQL busy past {@code pattoo.query.statement-timeout} are cancelled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GraphQLLimitsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.withConfig(new StringAsset("pattoo.query.statement-timeout=1s\n"));
  }

  @Test
  void twoHundredAliasesOfABigPageAreRefused() throws Exception {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 200; i++) {
      query.append(" a").append(i).append(": datapoints(first: 1000) {");
      query.append(" edges { node { idxDatapoint latest { value } } } }");
    }
    HttpResponse<String> answer = send(query.append(" }").toString());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(error(answer))
        .isEqualTo(
            "query too large: over 500 fields, aliases and fragments counted;"
                + " the limit is pattoo.graphql.max-fields");
  }

  @Test
  void aQueryDeeperThanTheLimitIsRefused() throws Exception {
    // 16 levels: a { b { c { ... p } } }; the schema has no such fields, but depth is refused first
    StringBuilder query = new StringBuilder("{ ");
    for (char c = 'a'; c < 'a' + 16; c++) {
      query.append(c).append(c < 'a' + 15 ? " { " : "");
    }
    query.append(" }".repeat(16));
    assertThat(error(send(query.toString())))
        .isEqualTo(
            "query too deep: 16 levels of fields, over the limit of 15 (pattoo.graphql.max-depth)");
  }

  @Test
  void aQueryThatMayReturnTooManyValuesIsRefused() throws Exception {
    // 40 x (datapoints 1 + 1000 x (edges, node, metadata, key, value)) = 200,040 > 200,000
    assertThat(error(send(pagesOfMetadata(40))))
        .isEqualTo(
            "query too costly: it may return about 200,040 values, over the limit of 200,000"
                + " (pattoo.graphql.max-cost); ask for smaller pages (first) or fewer ids");
    // 39 of them (195,039) are within every limit, and run.
    assertThat(Logins.error(GraphQL.post(pagesOfMetadata(39)))).isNull();
  }

  @Test
  void aBodyThatIsNotAGraphQLRequestGetsA400NamingWhatIsWrong() throws Exception {
    HttpResponse<String> notJson =
        org.pattoo.testing.TestServer.post(
            GraphQL.PATH,
            "{\"query\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "Content-Type",
            "application/json",
            "Authorization",
            TestUsers.readerAuthorization());
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(error(notJson)).isEqualTo("body: expecting a JSON object with a \"query\"");
    HttpResponse<String> badSyntax = send("{ agents { ");
    assertThat(badSyntax.statusCode()).isEqualTo(400);
    assertThat(error(badSyntax)).startsWith("query: Invalid syntax");
  }

  @Test
  void aReadLongerThanTheStatementTimeoutIsCancelled() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("pattoo.test.db-url"),
                System.getProperty("pattoo.test.db-user"),
                System.getProperty("pattoo.test.db-password"));
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      // Holding this lock makes every read of datapoint wait, past the 1 s timeout.
      s.execute("LOCK TABLE datapoint IN ACCESS EXCLUSIVE MODE");
      JsonObject answer = GraphQL.post("{ datapoints(first: 1) { edges { node { key } } } }");
      c.rollback();
      assertThat(Logins.error(answer))
          .isEqualTo(
              "query cancelled: it ran longer than pattoo.query.statement-timeout; ask for less"
                  + " (a shorter range, fewer series or a coarser resolution)");
    }
  }

  private static String pagesOfMetadata(int aliases) {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < aliases; i++) {
      query.append(" a").append(i).append(": datapoints(first: 1000) {");
      query.append(" edges { node { metadata { key value } } } }");
    }
    return query.append(" }").toString();
  }

  private static HttpResponse<String> send(String query) throws Exception {
    return GraphQL.send(TestUsers.readerAuthorization(), query, JsonValue.EMPTY_JSON_OBJECT);
  }

  private static String error(HttpResponse<String> answer) {
    return Logins.error(GraphQL.parse(answer));
  }
}
