package org.pattoo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.Await;
import org.pattoo.testing.Logins;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/** An admin's agent token lets an agent post until it is revoked; then posts get 401. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentTokenIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void createPostRevokeRefused() throws Exception {
    TestDatabase.forgetAgents("influx:it-agent-token");
    TestUsers.ensure("it-token-admin", LoginIT.PASSWORD, "ADMIN");
    String admin = Logins.bearer(Logins.login("it-token-admin", LoginIT.PASSWORD));
    JsonObject made =
        Logins.as(
                admin,
                "mutation { createAgentToken(name: \"site-a\") { token { id name createdBy } secret } }")
            .getJsonObject("data")
            .getJsonObject("createAgentToken");
    String secret = made.getString("secret");
    assertThat(secret).startsWith("pattoo_agent_");
    assertThat(made.getJsonObject("token").getString("createdBy")).isEqualTo("it-token-admin");
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM agent_token WHERE token_hash = ?", (Object) sha256(secret)))
        .as("stored as its SHA-256")
        .isEqualTo(1);

    assertThat(post(secret, 1).statusCode()).isEqualTo(204);
    assertThat(Logins.as(admin, "{ agentTokens { name revokedAt } }").toString())
        .contains("\"name\":\"site-a\",\"revokedAt\":null")
        .doesNotContain(secret);

    long id = made.getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(
            Logins.error(
                Logins.as(admin, "mutation { revokeAgentToken(id: " + id + ") { revokedAt } }")))
        .isNull();
    // Loopback may post without a token, but a revoked token is a wrong one, refused from anywhere.
    Await.until(
        "the revoked token is refused",
        Duration.ofSeconds(10),
        () -> post(secret, 2).statusCode() == 401);
    assertThat(TestDatabase.samplesOfAgent("influx:it-agent-token")).hasSize(1);
  }

  private static byte[] sha256(String text) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String token, int value) throws Exception {
    return TestServer.post(
        "/pattoo/api/v2/write?bucket=it-agent-token&precision=ms",
        ("tokened value=" + value + " " + System.currentTimeMillis())
            .getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Token " + token);
  }
}
