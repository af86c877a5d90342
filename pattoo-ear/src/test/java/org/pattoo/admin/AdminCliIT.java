package org.pattoo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.AdminCli;
import org.pattoo.testing.AdminCli.Run;
import org.pattoo.testing.Logins;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * {@code ./pattoo admin} as an operator runs it, against the running test server: what it prints,
 * and what the server then does (a login works, a token posts or is refused).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminCliIT {

  static final String ADMIN = "it-cli-admin";
  static final String PASSWORD = "cli admin passphrase";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void createsAUserWhoLogsInWithAnExpiredPasswordAndResetsIt() throws Exception {
    TestUsers.ensure(ADMIN, PASSWORD, "ADMIN");
    TestDatabase.execute("DELETE FROM app_user WHERE username = 'it-cli-user'");

    Run created =
        admin(
            Map.of("PATTOO_NEW_PASSWORD", "first password here"),
            "user",
            "create",
            "it-cli-user",
            "--full-name",
            "Cli User");
    assertThat(created.exit()).isZero();
    assertThat(created.out()).isEqualTo("it-cli-user\tUSER\tenabled\tpassword expired\tCli User\n");
    assertThat(Logins.login("it-cli-user", "first password here").getBoolean("passwordExpired"))
        .isTrue();

    Run reset =
        admin(
            Map.of("PATTOO_NEW_PASSWORD", "second password here"),
            "user",
            "reset-password",
            "it-cli-user",
            "--no-expire");
    assertThat(reset.out()).isEqualTo("it-cli-user\tUSER\tenabled\t\tCli User\n");
    assertThat(Logins.login("it-cli-user", "second password here").getBoolean("passwordExpired"))
        .isFalse();

    Run disabled = admin(Map.of(), "user", "set", "it-cli-user", "--disable");
    assertThat(disabled.out()).startsWith("it-cli-user\tUSER\tdisabled");
    assertThat(Logins.error(Logins.attempt("it-cli-user", "second password here")))
        .isEqualTo("account it-cli-user is disabled");
  }

  @Test
  void anAgentTokenMadeByTheCliPostsUntilTheCliRevokesIt() throws Exception {
    TestUsers.ensure(ADMIN, PASSWORD, "ADMIN");
    TestDatabase.forgetAgents("influx:it-cli-token");

    Run created = admin(Map.of(), "token", "create", "it-cli-site");
    assertThat(created.exit()).isZero();
    String[] lines = created.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("\\d+\tit-cli-site\t" + ADMIN + "\t\\S+\tactive");
    assertThat(lines[1]).startsWith("secret (shown once");
    String secret = lines[2];
    assertThat(post(secret)).isEqualTo(204);

    String id = lines[0].substring(0, lines[0].indexOf('\t'));
    assertThat(admin(Map.of(), "token", "list").out())
        .contains(id + "\tit-cli-site\t")
        .doesNotContain(secret);
    Run revoked = admin(Map.of(), "token", "revoke", id);
    assertThat(revoked.out()).matches(id + "\tit-cli-site\t" + ADMIN + "\t\\S+\trevoked \\S+\n");
    org.pattoo.testing.Await.until(
        "the revoked token is refused",
        java.time.Duration.ofSeconds(10),
        () -> post(secret) == 401);
  }

  @Test
  void aUserMakesAndRevokesAnApiTokenAndChangesItsPassword() throws Exception {
    TestUsers.ensure("it-cli-self", "self password one", "USER");
    Map<String, String> self =
        Map.of("PATTOO_USERNAME", "it-cli-self", "PATTOO_PASSWORD", "self password one");

    Run created = run(self, "api-token", "create", "grafana");
    String[] lines = created.out().split("\n");
    assertThat(lines[0]).matches("\\d+\tgrafana\tit-cli-self\t\\S+\tactive");
    String secret = lines[2];
    assertThat(Logins.as("Bearer " + secret, "{ me { username } }").toString())
        .isEqualTo("{\"data\":{\"me\":{\"username\":\"it-cli-self\"}}}");
    String id = lines[0].substring(0, lines[0].indexOf('\t'));
    assertThat(run(self, "api-token", "list").out()).contains(id + "\tgrafana\t");
    assertThat(run(self, "api-token", "revoke", id).out()).contains("\trevoked ");
    assertThat(Logins.error(Logins.as("Bearer " + secret, "{ me { username } }")))
        .startsWith("token invalid");

    Map<String, String> passwd = new java.util.HashMap<>(self);
    passwd.put("PATTOO_NEW_PASSWORD", "self password two");
    assertThat(run(passwd, "user", "passwd").out()).startsWith("it-cli-self\tUSER\tenabled");
    assertThat(Logins.error(Logins.attempt("it-cli-self", "self password one")))
        .isEqualTo("wrong username or password");
    assertThat(
            run(
                    Map.of(
                        "PATTOO_USERNAME", "it-cli-self", "PATTOO_PASSWORD", "self password two"),
                    "user",
                    "show")
                .out())
        .startsWith("it-cli-self\tUSER\tenabled");
  }

  @Test
  void errorsNameWhatIsWrongAndExitNonZero() throws Exception {
    TestUsers.ensure(ADMIN, PASSWORD, "ADMIN");
    Run wrongPassword =
        run(Map.of("PATTOO_USERNAME", ADMIN, "PATTOO_PASSWORD", "wrong"), "user", "list");
    assertThat(wrongPassword.exit()).isEqualTo(1);
    assertThat(wrongPassword.err()).isEqualTo("pattoo: wrong username or password\n");

    Run plain = admin(Map.of(), "token", "revoke", "abc");
    assertThat(plain.exit()).isEqualTo(1);
    assertThat(plain.err())
        .isEqualTo("pattoo: agent token revoke: expecting a numeric ID, found \"abc\"\n");

    Run help = run(Map.of(), "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: ./pattoo admin <object> <action>");
  }

  private static int post(String token) throws Exception {
    return TestServer.post(
            "/pattoo/api/v2/write?bucket=it-cli-token&precision=ms",
            ("cli value=1 " + System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Token " + token)
        .statusCode();
  }

  /** ./pattoo admin as {@link #ADMIN}, with more environment. */
  private static Run admin(Map<String, String> env, String... args) throws Exception {
    return AdminCli.as(ADMIN, PASSWORD, env, args);
  }

  private static Run run(Map<String, String> env, String... args) throws Exception {
    return AdminCli.run(env, args);
  }
}
