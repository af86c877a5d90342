package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pattoo.testing.IngestDeployment.datapoint;
import static org.pattoo.testing.IngestDeployment.postJson;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestCluster;
import org.pattoo.testing.TestDatabase;

/** PostgreSQL stops mid-stream: agents get 503 and keep their data; a retry lands exactly once. */
@ExtendWith(ArquillianExtension.class)
class IngestOutageIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @BeforeAll
  static void forgetEarlierRuns() throws Exception {
    TestDatabase.forgetAgents("it-outage");
  }

  @Test
  void answers503WhileTheDatabaseIsDownAndARetryLandsOnce() throws Exception {
    TestCluster.require();
    long t = System.currentTimeMillis() - 300_000;
    assertThat(postJson("out", datapoint("it-outage", 99, "1", t)).statusCode()).isEqualTo(200);

    String second = datapoint("it-outage", 99, "2", t + 60_000);
    HttpResponse<String> during;
    TestCluster.stop();
    try {
      during = postJson("out", second);
    } finally {
      TestCluster.start();
    }

    assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
    assertThat(during.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(during.body()).contains("database unavailable; nothing was stored, retry later");
    HttpResponse<String> retried = retryUntilAccepted(second, Duration.ofSeconds(30));
    assertThat(retried.body()).contains("\"stored\":1");
    assertThat(postJson("out", second).body()).contains("\"stored\":0,\"duplicates\":1");
    assertThat(TestDatabase.samplesOfAgent("it-outage"))
        .containsExactly(
            "pattoo_agent_it_k|" + t + "|1", "pattoo_agent_it_k|" + (t + 60_000) + "|2");
  }

  /** What an agent's spool does: retry after the advised pause until the server takes it. */
  private static HttpResponse<String> retryUntilAccepted(String json, Duration bound)
      throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    HttpResponse<String> r = postJson("out", json);
    while (r.statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      r = postJson("out", json);
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r;
  }
}
