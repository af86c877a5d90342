package org.pattoo.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.Logins;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * No secret reaches the server log. Runs in its own Failsafe execution after every other IT (see
 * the pom), so the log it reads holds the whole run; it also makes secrets of its own, logging in
 * with them, failing with them, typing one as a username, so it can fail even when run alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerLogSecretsIT {

  /** Shapes of our secrets, whoever made them: JWTs, API/agent/refresh tokens, password hashes. */
  static final Pattern SECRET_SHAPES =
      Pattern.compile(
          "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}"
              + "|pattoo_(api|agent|refresh)_[A-Za-z0-9_-]{20,}"
              + "|PBKDF2WithHmacSHA256:\\d+:[A-Za-z0-9+/=]{8,}");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void theServerLogHoldsNoPasswordTokenOrKey() throws Exception {
    String password = "log-scan " + UUID.randomUUID();
    String typedAsName = "pw-" + UUID.randomUUID();
    TestUsers.ensure("it-log-scan", password, "USER");
    String access = Logins.login("it-log-scan", password).getString("accessToken");
    Logins.attempt("it-log-scan", "wrong " + password);
    Logins.attempt(typedAsName, password);
    String apiToken =
        Logins.as("Bearer " + access, "mutation { createApiToken(name: \"log-scan\") { secret } }")
            .getJsonObject("data")
            .getJsonObject("createApiToken")
            .getString("secret");

    String log = serverLog();
    assertThat(log).as("the server log").contains("login of it-log-scan");
    List<String> found = new ArrayList<>();
    for (String secret :
        List.of(
            password,
            typedAsName,
            access,
            apiToken,
            IngestDeployment.TOKEN,
            TestUsers.READER_TOKEN,
            "correct horse battery staple",
            "cli admin passphrase")) {
      if (log.contains(secret)) {
        found.add(secret);
      }
    }
    Matcher m = SECRET_SHAPES.matcher(log);
    while (m.find()) {
      found.add(m.group());
    }
    assertThat(found).as("secrets in the server log").isEmpty();
  }

  private static String serverLog() throws Exception {
    Path logs = TestServer.log().getParent();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(logs)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().startsWith("server.log")).toList()) {
        all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }
}
