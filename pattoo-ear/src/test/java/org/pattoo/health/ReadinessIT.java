package org.pattoo.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The application's readiness route, on every server; on Payara also MicroProfile Health's own
   * endpoint, which carries the same check (WildFly's leaves out an EAR's checks, WFLY-12835).
   */
  static List<String> routes() {
    return TestServer.isWildFly()
        ? List.of("/pattoo/api/v1/health/ready")
        : List.of("/pattoo/api/v1/health/ready", "/health/ready");
  }

  @Test
  void turnsDownWithinTenSecondsWhenPostgresStopsAndUpWhenItReturns() throws Exception {
    TestCluster.require();

    for (String route : routes()) {
      assertThat(awaitReadiness(route, 200, Duration.ofSeconds(60)).body()).contains("\"UP\"");
    }
    TestCluster.stop();
    long stoppedAt = System.nanoTime();
    List<HttpResponse<String>> down = new ArrayList<>();
    Duration toDown;
    try {
      for (String route : routes()) {
        down.add(awaitReadiness(route, 503, Duration.ofSeconds(10)));
      }
      toDown = Duration.ofNanos(System.nanoTime() - stoppedAt);
    } finally {
      TestCluster.start();
    }

    assertThat(down)
        .allSatisfy(r -> assertThat(r.body()).contains("\"DOWN\"").contains("database"));
    assertThat(toDown).isLessThanOrEqualTo(Duration.ofSeconds(10));
    for (String route : routes()) {
      assertThat(awaitReadiness(route, 200, Duration.ofSeconds(30)).body()).contains("\"UP\"");
    }
  }

  /** Polls the route until it answers the status, or returns the last answer at the bound. */
  private static HttpResponse<String> awaitReadiness(String route, int status, Duration bound)
      throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    HttpResponse<String> last = TestServer.get(route);
    while (last.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(250);
      last = TestServer.get(route);
    }
    assertThat(last.statusCode())
        .as("%s after %s: %s", route, bound, last.body())
        .isEqualTo(status);
    return last;
  }
}
