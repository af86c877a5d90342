package org.pattoo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The test domain, set up by the same payara-config/configure-domain as {@code ./pattoo up}'s:
 * nothing but the HTTP(S) listeners faces the network, and asadmin needs the admin password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "it.server", matches = "payara")
class DomainLockdownIT {

  static final Path DOMAIN =
      Path.of(
          System.getProperty("payara.home"),
          "glassfish/domains",
          System.getProperty("payara.domain"));
  static final String ADMIN_PORT = System.getProperty("payara.admin.port");
  static final int HTTP_PORT = Integer.parseInt(System.getProperty("payara.http.port"));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void onlyTheHttpListenersListenBeyondLoopback() throws Exception {
    String pid = Files.readString(DOMAIN.resolve("config/pid")).trim();

    assertThat(Listeners.listening("-ltnpH", pid))
        .as("the admin listener, found by ss")
        .anyMatch(a -> a.endsWith(":" + ADMIN_PORT));
    assertThat(Listeners.openBeyondLoopback(pid, Set.of(HTTP_PORT, HTTP_PORT + 1)))
        .as("listeners beyond loopback besides HTTP %d and HTTPS %d", HTTP_PORT, HTTP_PORT + 1)
        .isEmpty();
    assertThat(Listeners.listening("-lunpH", pid)).allMatch(Listeners::isLoopback);
  }

  @Test
  void asadminWithoutThePasswordIsRefused() throws Exception {
    Listeners.Run without = asadmin("list-applications");
    assertThat(without.exit()).isEqualTo(1);
    assertThat(without.output()).contains("Authentication failed for user: null");

    Path passwordFile =
        Path.of("../.run/payara-" + System.getProperty("payara.domain") + ".password");
    Listeners.Run with =
        asadmin("--user", "admin", "--passwordfile", passwordFile.toString(), "list-applications");
    assertThat(with.exit()).isZero();
    assertThat(with.output()).contains("pattoo");
  }

  private static Listeners.Run asadmin(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("payara.home"), "bin/asadmin").toString());
    command.addAll(List.of("--interactive=false", "--port", ADMIN_PORT));
    command.addAll(List.of(args));
    return Listeners.run(command);
  }
}
