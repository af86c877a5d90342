package org.pattoo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;

/**
 * The test domain, set up by the same payara-config/configure-domain as {@code ./pattoo up}'s:
 * nothing but the HTTP(S) listeners faces the network, and asadmin needs the admin password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
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
    List<String> tcp = listening("-ltnpH", pid);
    List<String> udp = listening("-lunpH", pid);

    assertThat(tcp)
        .as("the admin listener, found by ss")
        .anyMatch(a -> a.endsWith(":" + ADMIN_PORT));
    List<String> open = new ArrayList<>();
    for (String address : tcp) {
      int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
      if (!isLoopback(address) && port != HTTP_PORT && port != HTTP_PORT + 1) {
        open.add(address);
      }
    }
    assertThat(open)
        .as("listeners beyond loopback besides HTTP %d and HTTPS %d", HTTP_PORT, HTTP_PORT + 1)
        .isEmpty();
    assertThat(udp).allMatch(DomainLockdownIT::isLoopback);
  }

  @Test
  void asadminWithoutThePasswordIsRefused() throws Exception {
    Run without = asadmin("list-applications");
    assertThat(without.exit).isEqualTo(1);
    assertThat(without.output).contains("Authentication failed for user: null");

    Path passwordFile =
        Path.of("../.run/payara-" + System.getProperty("payara.domain") + ".password");
    Run with =
        asadmin("--user", "admin", "--passwordfile", passwordFile.toString(), "list-applications");
    assertThat(with.exit).isZero();
    assertThat(with.output).contains("pattoo");
  }

  private static boolean isLoopback(String address) {
    return address.startsWith("127.")
        || address.startsWith("[::ffff:127.")
        || address.startsWith("[::1]");
  }

  /** Local addresses of the sockets {@code ss} lists for this process. */
  private static List<String> listening(String flags, String pid) throws Exception {
    Run ss = run(List.of("ss", flags));
    assertThat(ss.exit).as("ss %s", flags).isZero();
    return ss.output
        .lines()
        .filter(l -> l.contains("pid=" + pid + ","))
        .map(l -> l.trim().split("\\s+")[3])
        .toList();
  }

  private static Run asadmin(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("payara.home"), "bin/asadmin").toString());
    command.addAll(List.of("--interactive=false", "--port", ADMIN_PORT));
    command.addAll(List.of(args));
    return run(command);
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  record Run(int exit, String output) {}
}
