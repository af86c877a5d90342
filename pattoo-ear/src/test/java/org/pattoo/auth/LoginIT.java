package org.pattoo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestUsers;

/**
 * Login, refresh, logout, disabled accounts, expired passwords and failed-login limits, through the
 * GraphQL API. Each test has its own user, and every test that fails logins on purpose sends them
 * from its own loopback address, so no test is throttled by another's failures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

  static final String PASSWORD = "correct horse battery staple";
  static final String ME = "{ me { username } }";
  static final String AGENTS = "{ agents(first: 1) { edges { node { agentId } } } }";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.withConfig(
        new StringAsset(
            "pattoo.auth.max-failed-logins-per-user=3\n"
                + "pattoo.auth.max-failed-logins-per-address=5\n"
                + "pattoo.auth.failed-login-window=10m\n"));
  }

  @Test
  void loginGivesTokensAndRefreshReplacesTheRefreshToken() throws Exception {
    TestUsers.ensure("it-login", PASSWORD, "USER");
    long before = System.currentTimeMillis();
    JsonObject tokens = Logins.login("it-login", PASSWORD);

    assertThat(tokens.getString("accessToken").split("\\.")).hasSize(3);
    assertThat(tokens.getString("refreshToken")).startsWith("pattoo_refresh_");
    assertThat(tokens.getBoolean("passwordExpired")).isFalse();
    // The defaults: 15 minutes and 1 day.
    assertThat(tokens.getJsonNumber("accessTokenExpiresAt").longValue() - before)
        .isBetween(15 * 60_000L - 5_000, 15 * 60_000L + 5_000);
    assertThat(tokens.getJsonNumber("refreshTokenExpiresAt").longValue() - before)
        .isBetween(86_400_000L - 5_000, 86_400_000L + 5_000);
    assertThat(Logins.as(Logins.bearer(tokens), ME).getJsonObject("data").toString())
        .isEqualTo("{\"me\":{\"username\":\"it-login\"}}");

    JsonObject refreshed = refresh(tokens.getString("refreshToken"));
    JsonObject fresh = refreshed.getJsonObject("data").getJsonObject("refresh");
    assertThat(fresh.getString("refreshToken")).isNotEqualTo(tokens.getString("refreshToken"));
    assertThat(Logins.error(Logins.as(Logins.bearer(fresh), ME))).isNull();
    assertThat(Logins.error(refresh(tokens.getString("refreshToken"))))
        .isEqualTo("refresh token invalid, expired or logged out");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
    TestUsers.ensure("it-wrong", PASSWORD, "USER");
    assertThat(Logins.error(LoopbackClient.login("127.0.0.5", "it-wrong", "not the password")))
        .isEqualTo("wrong username or password");
    assertThat(Logins.error(LoopbackClient.login("127.0.0.5", "it-nobody-has-this-name", PASSWORD)))
        .isEqualTo("wrong username or password");
  }

  @Test
  void logoutEndsTheAccessAndTheRefreshToken() throws Exception {
    TestUsers.ensure("it-logout", PASSWORD, "USER");
    JsonObject tokens = Logins.login("it-logout", PASSWORD);

    JsonObject answer = Logins.as(Logins.bearer(tokens), "mutation { logout }");
    assertThat(answer.getJsonObject("data").getBoolean("logout")).isTrue();

    HttpResponse<String> after =
        GraphQL.send(Logins.bearer(tokens), ME, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(Logins.error(GraphQL.parse(after)))
        .isEqualTo("token invalid, expired or revoked: log in again, or use the refresh mutation");
    assertThat(Logins.error(refresh(tokens.getString("refreshToken"))))
        .isEqualTo("refresh token invalid, expired or logged out");
  }

  @Test
  void aDisabledUserCannotLogInRefreshOrUseItsToken() throws Exception {
    TestUsers.ensure("it-disabled", PASSWORD, "USER");
    JsonObject tokens = Logins.login("it-disabled", PASSWORD);

    TestDatabase.execute("UPDATE app_user SET enabled = false WHERE username = 'it-disabled'");

    assertThat(
            GraphQL.send(Logins.bearer(tokens), ME, jakarta.json.JsonValue.EMPTY_JSON_OBJECT)
                .statusCode())
        .isEqualTo(401);
    assertThat(Logins.error(refresh(tokens.getString("refreshToken"))))
        .isEqualTo("account it-disabled is disabled");
    assertThat(Logins.error(Logins.attempt("it-disabled", PASSWORD)))
        .isEqualTo("account it-disabled is disabled");
  }

  @Test
  void anExpiredPasswordMustBeChangedBeforeAnythingElse() throws Exception {
    TestUsers.ensure("it-expired", PASSWORD, "USER");
    TestDatabase.execute(
        "UPDATE app_user SET password_expired = true WHERE username = 'it-expired'");
    JsonObject tokens = Logins.login("it-expired", PASSWORD);
    assertThat(tokens.getBoolean("passwordExpired")).isTrue();
    String bearer = Logins.bearer(tokens);

    HttpResponse<String> refused =
        GraphQL.send(bearer, AGENTS, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Logins.error(GraphQL.parse(refused)))
        .isEqualTo("password expired: change it with changePassword first");

    JsonObject changed =
        Logins.as(
            bearer,
            "mutation { changePassword(currentPassword: \""
                + PASSWORD
                + "\", newPassword: \"a brand new passphrase\") { passwordExpired } }");
    assertThat(changed.toString())
        .isEqualTo("{\"data\":{\"changePassword\":{\"passwordExpired\":false}}}");
    assertThat(Logins.error(Logins.as(bearer, AGENTS))).isNull();
    assertThat(Logins.error(LoopbackClient.login("127.0.0.6", "it-expired", PASSWORD)))
        .isEqualTo("wrong username or password");
  }

  @Test
  void wrongPasswordsForOneUserAreLimited() throws Exception {
    TestUsers.ensure("it-throttled", PASSWORD, "USER");
    for (int i = 0; i < 3; i++) { // pattoo.auth.max-failed-logins-per-user=3
      assertThat(Logins.error(LoopbackClient.login("127.0.0.4", "it-throttled", "guess " + i)))
          .isEqualTo("wrong username or password");
    }
    // From another address too: the limit is the name's.
    String refused = Logins.error(Logins.attempt("it-throttled", PASSWORD));
    assertThat(refused).matches("too many failed logins; try again in \\d+ s");
    assertThat(Long.parseLong(refused.replaceAll("\\D", ""))).isBetween(1L, 600L);
  }

  @Test
  void wrongPasswordsFromOneAddressAreLimitedForEveryName() throws Exception {
    TestUsers.ensure("it-victim", PASSWORD, "USER");
    String from = "127.0.0.3";
    for (int i = 0; i < 5; i++) { // pattoo.auth.max-failed-logins-per-address=5
      assertThat(Logins.error(LoopbackClient.login(from, "it-spray-" + i, "guess")))
          .isEqualTo("wrong username or password");
    }
    assertThat(Logins.error(LoopbackClient.login(from, "it-victim", PASSWORD)))
        .startsWith("too many failed logins; try again in ");
    assertThat(Logins.error(LoopbackClient.login("127.0.0.1", "it-victim", PASSWORD))).isNull();
  }

  private static JsonObject refresh(String refreshToken) throws Exception {
    return GraphQL.postAs(
        null,
        "mutation($r: String!) { refresh(refreshToken: $r) { accessToken refreshToken } }",
        jakarta.json.Json.createObjectBuilder().add("r", refreshToken).build());
  }
}
