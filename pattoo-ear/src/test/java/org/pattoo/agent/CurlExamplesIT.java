package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;

/**
 * The curl examples of docs/wire-protocol.md, run as they are written (bash, curl) against the
 * deployed server: each one must succeed, and what it posted must be stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurlExamplesIT {

  static final Path DOC = Path.of("..", "docs", "wire-protocol.md");
  static final Pattern EXAMPLE =
      Pattern.compile("<!-- curl example -->\\n```sh\\n(.*?)```", Pattern.DOTALL);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @Test
  void everyCurlExampleOfTheWireProtocolPostsAndIsStored() throws Exception {
    TestDatabase.forgetAgents("curl-example", "influx:curl-example");
    List<String> examples = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(Files.readString(DOC));
    while (m.find()) {
      examples.add(m.group(1));
    }
    assertThat(examples).as("curl examples in " + DOC).hasSize(3);
    for (String example : examples) {
      ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", example);
      bash.environment().put("PATTOO_URL", TestServer.uri("/pattoo").toString());
      bash.environment().put("PATTOO_TOKEN", IngestDeployment.TOKEN);
      Process p = bash.redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(example + "\nprinted:\n" + out).isZero();
    }
    assertThat(TestDatabase.samplesOfAgent("curl-example"))
        .as("the original format's sample")
        .hasSize(1);
    assertThat(TestDatabase.samplesOfAgent("influx:curl-example"))
        .as("roof's temperature and humidity (v2), cellar's temperature (v1, gzip)")
        .hasSize(3);
  }
}
