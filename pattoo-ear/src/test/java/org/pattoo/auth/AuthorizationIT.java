package org.pattoo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.Logins;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * Who may do what: nothing without a token but logging in; plain users neither manage others nor
 * raise themselves; API tokens only read; credentials only in the Authorization header.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {

  static final String PASSWORD = LoginIT.PASSWORD;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void everyQueryAndMutationButLoginAndRefreshNeedsAToken() throws Exception {
    // Two requests: graphql-java refuses an introspection asking for __Type.fields twice.
    List<String> queries =
        names(GraphQL.data("{ __schema { queryType { fields { name } } } }"), "queryType");
    List<String> mutations =
        names(GraphQL.data("{ __schema { mutationType { fields { name } } } }"), "mutationType");
    assertThat(queries).contains("agents", "datapoints", "series", "me", "users");
    assertThat(mutations).contains("login", "refresh", "logout", "createUser", "createAgentToken");

    List<String> refused = new ArrayList<>();
    for (String q : queries) {
      refused.add(q + " " + anonymousStatus("query { " + q + " }"));
    }
    for (String m : mutations) {
      if (!m.equals("login") && !m.equals("refresh")) {
        refused.add(m + " " + anonymousStatus("mutation { " + m + " }"));
      }
    }
    assertThat(refused).allMatch(r -> r.endsWith(" 401"));
    assertThat(anonymousStatus("{ __schema { queryType { name } } }")).isEqualTo(401);
  }

  @Test
  void theRestDataRouteNeedsAToken() throws Exception {
    HttpResponse<String> anonymous = TestServer.get("/pattoo/api/v1/web/rest/data/1");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("authentication required");
    HttpResponse<String> reader =
        TestServer.getAs(TestUsers.readerAuthorization(), "/pattoo/api/v1/web/rest/data/1");
    assertThat(reader.statusCode()).isNotEqualTo(401).isNotEqualTo(403);
    assertThat(
            TestServer.getAs("Bearer not-a-token", "/pattoo/api/v1/web/rest/data/1").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aTokenInTheUrlIsRefused() throws Exception {
    String token = TestUsers.READER_TOKEN;
    HttpResponse<String> graphql =
        TestServer.post(
            GraphQL.PATH + "?access_token=" + token,
            "{\"query\": \"{ me { username } }\"}".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertThat(graphql.statusCode()).isEqualTo(400);
    assertThat(Logins.error(GraphQL.parse(graphql)))
        .isEqualTo(
            "credentials go in the Authorization header, never in the URL (found access_token)");
    HttpResponse<String> rest =
        TestServer.getAs(
            TestUsers.readerAuthorization(), "/pattoo/api/v1/web/rest/data/1?token=" + token);
    assertThat(rest.statusCode()).isEqualTo(400);
  }

  @Test
  void aPlainUserCannotManageOthersOrRaiseItself() throws Exception {
    TestUsers.ensure("it-plain", PASSWORD, "USER");
    TestUsers.ensure("it-other", PASSWORD, "USER");
    String plain = Logins.bearer(Logins.login("it-plain", PASSWORD));
    long readerTokenId =
        org.pattoo.testing.TestDatabase.number(
            "SELECT id FROM api_token WHERE name = 'it-reader' ORDER BY id LIMIT 1");

    assertThat(
            List.of(
                error(
                    plain,
                    "mutation { createUser(username: \"it-new\", password: \""
                        + PASSWORD
                        + "\") { username } }"),
                error(
                    plain,
                    "mutation { updateUser(username: \"it-other\", fullName: \"X\") { username } }"),
                error(
                    plain, "mutation { updateUser(username: \"it-plain\", role: ADMIN) { role } }"),
                error(
                    plain,
                    "mutation { updateUser(username: \"it-plain\", enabled: true) { role } }"),
                error(
                    plain,
                    "mutation { resetPassword(username: \"it-other\", password: \""
                        + PASSWORD
                        + "\") { username } }"),
                error(plain, "mutation { createAgentToken(name: \"it-x\") { secret } }"),
                error(plain, "mutation { revokeAgentToken(id: 1) { id } }"),
                error(plain, "mutation { revokeApiToken(id: " + readerTokenId + ") { id } }"),
                error(plain, "{ users { username } }"),
                error(plain, "{ agentTokens { id } }"),
                error(plain, "{ apiTokens(username: \"it-reader\") { id } }")))
        .containsExactly(
            "creating users needs the admin role",
            "changing another user needs the admin role",
            "changing your own role, enabled or password-expired flag needs the admin role",
            "changing your own role, enabled or password-expired flag needs the admin role",
            "setting another user's password needs the admin role",
            "making an agent token needs the admin role",
            "revoking an agent token needs the admin role",
            "id: no API token " + readerTokenId + " of yours",
            "listing users needs the admin role",
            "listing agent tokens needs the admin role",
            "listing another user's API tokens needs the admin role");

    // What a user may do to itself.
    assertThat(
            Logins.as(
                    plain,
                    "mutation { updateUser(username: \"it-plain\", fullName: \"Pat Lain\") { fullName role } }")
                .toString())
        .isEqualTo("{\"data\":{\"updateUser\":{\"fullName\":\"Pat Lain\",\"role\":\"USER\"}}}");
    assertThat(
            org.pattoo.testing.TestDatabase.number(
                "SELECT count(*) FROM app_user WHERE username = 'it-new'"))
        .isZero();
  }

  @Test
  void anAdminCreatesAUserWhoseFirstPasswordIsExpired() throws Exception {
    TestUsers.ensure("it-admin", PASSWORD, "ADMIN");
    org.pattoo.testing.TestDatabase.execute("DELETE FROM app_user WHERE username = 'it-created'");
    String admin = Logins.bearer(Logins.login("it-admin", PASSWORD));

    JsonObject created =
        Logins.as(
            admin,
            "mutation { createUser(username: \"it-created\", fullName: \"New Person\","
                + " password: \"a first password\") { username fullName role enabled passwordExpired } }");

    assertThat(created.toString())
        .isEqualTo(
            "{\"data\":{\"createUser\":{\"username\":\"it-created\",\"fullName\":\"New Person\","
                + "\"role\":\"USER\",\"enabled\":true,\"passwordExpired\":true}}}");
    assertThat(Logins.login("it-created", "a first password").getBoolean("passwordExpired"))
        .isTrue();
    assertThat(
            error(
                admin,
                "mutation { createUser(username: \"it-created\", password: \"another password\") { username } }"))
        .isEqualTo("username: it-created is taken");
    assertThat(
            error(
                admin,
                "mutation { createUser(username: \"it-short\", password: \"short\") { username } }"))
        .isEqualTo("password: expecting at least 12 characters");
  }

  @Test
  void anApiTokenReadsButChangesNothing() throws Exception {
    TestUsers.ensure("it-scripter", PASSWORD, "USER");
    String user = Logins.bearer(Logins.login("it-scripter", PASSWORD));
    JsonObject made =
        Logins.as(
                user,
                "mutation { createApiToken(name: \"dashboard\") { token { id name owner } secret } }")
            .getJsonObject("data")
            .getJsonObject("createApiToken");
    String secret = made.getString("secret");
    assertThat(secret).startsWith("pattoo_api_");
    String api = "Bearer " + secret;

    assertThat(Logins.as(api, "{ me { username } }").toString())
        .isEqualTo("{\"data\":{\"me\":{\"username\":\"it-scripter\"}}}");
    HttpResponse<String> mutation =
        GraphQL.send(
            api,
            "mutation { createApiToken(name: \"more\") { secret } }",
            JsonValue.EMPTY_JSON_OBJECT);
    assertThat(mutation.statusCode()).isEqualTo(403);
    assertThat(Logins.error(GraphQL.parse(mutation)))
        .isEqualTo("API tokens only read: mutations need a login");
    // Listed without its secret.
    String listed = Logins.as(user, "{ apiTokens { id name owner revokedAt } }").toString();
    assertThat(listed).contains("\"name\":\"dashboard\"").doesNotContain(secret);

    long id = made.getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(
            Logins.error(
                Logins.as(user, "mutation { revokeApiToken(id: " + id + ") { revokedAt } }")))
        .isNull();
    assertThat(GraphQL.send(api, "{ me { username } }", JsonValue.EMPTY_JSON_OBJECT).statusCode())
        .isEqualTo(401);
  }

  private static int anonymousStatus(String query) throws Exception {
    return GraphQL.send(null, query, JsonValue.EMPTY_JSON_OBJECT).statusCode();
  }

  private static String error(String authorization, String query) throws Exception {
    return Logins.error(Logins.as(authorization, query));
  }

  private static List<String> names(JsonObject data, String type) {
    return data.getJsonObject("__schema").getJsonObject(type).getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("name"))
        .toList();
  }

  static JsonObject variables(String key, String value) {
    return Json.createObjectBuilder().add(key, value).build();
  }
}
