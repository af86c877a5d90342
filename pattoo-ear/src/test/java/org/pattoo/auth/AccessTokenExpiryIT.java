package org.pattoo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

/** An access token stops working when it expires; the refresh token then gets a new one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTokenExpiryIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.withConfig(new StringAsset("pattoo.auth.access-token-lifetime=2s\n"));
  }

  @Test
  void anExpiredAccessTokenIsRefusedAndRefreshGivesANewOne() throws Exception {
    TestUsers.ensure("it-expiry", LoginIT.PASSWORD, "USER");
    JsonObject tokens = Logins.login("it-expiry", LoginIT.PASSWORD);
    long expiresAt = tokens.getJsonNumber("accessTokenExpiresAt").longValue();
    assertThat(Logins.error(Logins.as(Logins.bearer(tokens), LoginIT.ME))).isNull();

    Thread.sleep(Math.max(0, expiresAt - System.currentTimeMillis()) + 1_000);

    var expired = GraphQL.send(Logins.bearer(tokens), LoginIT.ME, JsonValue.EMPTY_JSON_OBJECT);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"pattoo\"");
    JsonObject refreshed =
        GraphQL.postAs(
                null,
                "mutation($r: String!) { refresh(refreshToken: $r) { accessToken } }",
                Json.createObjectBuilder().add("r", tokens.getString("refreshToken")).build())
            .getJsonObject("data")
            .getJsonObject("refresh");
    assertThat(Logins.as(Logins.bearer(refreshed), LoginIT.ME).toString())
        .isEqualTo("{\"data\":{\"me\":{\"username\":\"it-expiry\"}}}");
  }
}
