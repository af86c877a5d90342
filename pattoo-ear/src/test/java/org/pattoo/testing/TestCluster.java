package org.pattoo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The test suite's own PostgreSQL cluster, which outage tests stop and start under the server. */
public final class TestCluster {

  private TestCluster() {}

  /**
   * Fails, naming the fix, unless ./pattoo test named a local cluster ("version name") the tests
   * may stop: an outage test that skipped itself would pass without testing anything.
   */
  public static void require() {
    assertThat(System.getProperty("pattoo.test.pg-cluster", ""))
        .as(
            "pattoo.test.pg-cluster names no local PostgreSQL cluster to stop: run the suite with"
                + " ./pattoo test, or pass -Dpattoo.test.pg-cluster=\"15 pattootest\"")
        .isNotBlank();
  }

  public static void stop() throws Exception {
    pgCtlCluster("stop");
  }

  public static void start() throws Exception {
    pgCtlCluster("start");
  }

  private static void pgCtlCluster(String action) throws Exception {
    List<String> command = new ArrayList<>(List.of("pg_ctlcluster"));
    command.addAll(List.of(System.getProperty("pattoo.test.pg-cluster").trim().split("\\s+")));
    command.add(action);
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    assertThat(p.exitValue()).as("%s exit code", command).isZero();
  }
}
