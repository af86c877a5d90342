package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;

/** With the shipped defaults, a legacy agent on loopback posts without a token. */
@ExtendWith(ArquillianExtension.class)
class OpenNetworkIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @BeforeAll
  static void forgetEarlierRuns() throws Exception {
    TestDatabase.forgetAgents("influx:it-open");
  }

  @Test
  void loopbackClientWithoutTokenIsAcceptedByDefault() throws Exception {
    long ms = System.currentTimeMillis();

    HttpResponse<String> r =
        TestServer.post(
            "/pattoo/api/v2/write?bucket=it-open&precision=ms",
            ("legacy value=7 " + ms).getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(TestDatabase.samplesOfAgent("influx:it-open"))
        .containsExactly("influx_legacy_value|" + ms + "|7");
  }
}
