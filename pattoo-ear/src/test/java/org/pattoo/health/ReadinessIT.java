package org.pattoo.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestCluster;
import org.pattoo.testing.TestServer;

/** Stops the test PostgreSQL cluster under the running server and watches readiness follow. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void turnsDownWithinTenSecondsWhenPostgresStopsAndUpWhenItReturns() throws Exception {
    TestCluster.require();

    assertThat(awaitReadiness(200, Duration.ofSeconds(60)).body()).contains("\"UP\"");
    TestCluster.stop();
    long stoppedAt = System.nanoTime();
    HttpResponse<String> down;
    try {
      down = awaitReadiness(503, Duration.ofSeconds(10));
    } finally {
      TestCluster.start();
    }
    Duration toDown = Duration.ofNanos(System.nanoTime() - stoppedAt);

    assertThat(down.body()).contains("\"DOWN\"").contains("database");
    assertThat(toDown).isLessThanOrEqualTo(Duration.ofSeconds(10));
    assertThat(awaitReadiness(200, Duration.ofSeconds(30)).body()).contains("\"UP\"");
  }

  /** Polls /health/ready until it answers the status, or returns the last answer at the bound. */
  private static HttpResponse<String> awaitReadiness(int status, Duration bound) throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    HttpResponse<String> last = TestServer.get("/health/ready");
    while (last.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(250);
      last = TestServer.get("/health/ready");
    }
    assertThat(last.statusCode())
        .as("readiness after %s: %s", bound, last.body())
        .isEqualTo(status);
    return last;
  }
}
