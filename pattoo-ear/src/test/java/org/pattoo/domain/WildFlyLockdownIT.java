package org.pattoo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestServer;

/**
 * The WildFly test server, set up by the same wildfly-config/configure-server as {@code ./pattoo up
 * --server wildfly}'s: nothing but the HTTP(S) listeners faces the network, and the management
 * interface wants the generated management user's password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "it.server", matches = "wildfly")
class WildFlyLockdownIT {

  static final Path SERVER = Path.of(System.getProperty("wildfly.server.dir"));
  static final String MANAGEMENT_PORT = System.getProperty("wildfly.management.port");
  static final String MANAGEMENT = "http://127.0.0.1:" + MANAGEMENT_PORT + "/management";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void onlyTheHttpListenersListenBeyondLoopback() throws Exception {
    // By its management port: a command line naming the server's folder may be Maven's too.
    String pid = Listeners.pidListeningOn(MANAGEMENT_PORT);
    int http = TestServer.httpPort();
    int https = http - 8080 + 8443;

    assertThat(Listeners.listening("-ltnpH", pid))
        .as("the management interface, found by ss")
        .contains("127.0.0.1:" + MANAGEMENT_PORT);
    assertThat(Listeners.openBeyondLoopback(pid, Set.of(http, https)))
        .as("listeners beyond loopback besides HTTP %d and HTTPS %d", http, https)
        .isEmpty();
    assertThat(Listeners.listening("-lunpH", pid)).allMatch(Listeners::isLoopback);
  }

  @Test
  void theManagementInterfaceWantsThePassword() throws Exception {
    Listeners.Run without = curl(MANAGEMENT);
    assertThat(without.output()).isEqualTo("401");

    String password =
        Files.readString(Path.of("../.run/wildfly-" + SERVER.getFileName() + ".password"))
            .replaceFirst("(?s)^WILDFLY_ADMIN_PASSWORD=(\\S+).*", "$1");
    Listeners.Run wrong = curl("--digest", "-u", "admin:not-" + password, MANAGEMENT);
    assertThat(wrong.output()).isEqualTo("401");
    Listeners.Run with = curl("--digest", "-u", "admin:" + password, MANAGEMENT);
    assertThat(with.output()).isEqualTo("200");
  }

  /** The HTTP status curl got; the password goes through curl's arguments, a test-only shortcut. */
  private static Listeners.Run curl(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}"));
    command.addAll(List.of(args));
    return Listeners.run(command);
  }
}
