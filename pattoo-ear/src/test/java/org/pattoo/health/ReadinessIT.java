package org.pattoo.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
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
    String cluster = System.getProperty("pattoo.test.pg-cluster", "");
    assumeTrue(!cluster.isBlank(), "pattoo.test.pg-cluster names no local cluster to stop");

    assertThat(awaitReadiness(200, Duration.ofSeconds(60)).body()).contains("\"UP\"");
    pgCtlCluster(cluster, "stop");
    long stoppedAt = System.nanoTime();
    HttpResponse<String> down;
    try {
      down = awaitReadiness(503, Duration.ofSeconds(10));
    } finally {
      pgCtlCluster(cluster, "start");
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

  /** {@code cluster} is "<version> <name>", as pg_ctlcluster takes it. */
  private static void pgCtlCluster(String cluster, String action) throws Exception {
    List<String> command = new ArrayList<>(List.of("pg_ctlcluster"));
    command.addAll(List.of(cluster.trim().split("\\s+")));
    command.add(action);
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(p.exitValue()).as("%s exit code", command).isZero();
  }
}
