package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.Logins;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * A database error that is not an outage is our fault: 500 with a correlation id the server log
 * holds the cause under, never "try again later", never a stack trace to the client. Made by hiding
 * a table the reads need, for the moment of the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseErrorIT {

  static final Pattern ID = Pattern.compile("internal error ([0-9a-f-]{36})");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void aMissingTableIsA500WithACorrelationIdInTheLog() throws Exception {
    String reader = TestUsers.readerAuthorization();
    HttpResponse<String> rest;
    String graphql;
    TestDatabase.execute("ALTER TABLE datapoint RENAME TO datapoint_hidden_by_test");
    try {
      rest = TestServer.getAs(reader, "/pattoo/api/v1/web/rest/data/1");
      graphql = Logins.error(GraphQL.post("{ datapoints(first: 1) { edges { node { key } } } }"));
    } finally {
      TestDatabase.execute("ALTER TABLE datapoint_hidden_by_test RENAME TO datapoint");
    }

    assertThat(rest.statusCode()).isEqualTo(500);
    assertThat(rest.headers().firstValue("Retry-After")).isEmpty();
    assertThat(rest.body()).doesNotContain("Exception").doesNotContain("at org.");
    Matcher restId = ID.matcher(rest.body());
    assertThat(restId.find()).as("a correlation id in %s", rest.body()).isTrue();
    assertThat(graphql).matches("internal error [0-9a-f-]{36}; see the server log");

    String log = serverLog();
    assertThat(log).contains("internal error " + restId.group(1));
    Matcher graphqlId = ID.matcher(graphql);
    assertThat(graphqlId.find()).isTrue();
    assertThat(log).contains("internal error " + graphqlId.group(1));
  }

  private static String serverLog() throws Exception {
    return Files.readString(TestServer.log(), java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
