package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pattoo.testing.IngestDeployment.postLines;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.Await;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestCluster;
import org.pattoo.testing.TestDatabase;

/**
 * Failures in the middle of a request, not between requests: PostgreSQL stopping while a COPY of
 * 2,000 points is under way, and a commit that fails. Either way the client gets a non-2xx answer,
 * nothing of the request is stored, and the retry lands once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IngestMidFlightIT {

  static final int POINTS = 2000;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @Test
  void postgresqlStoppingDuringACopyStoresNothingAndTheRetryLandsOnce() throws Exception {
    TestCluster.require();
    String bucket = "it-midcopy-" + System.currentTimeMillis();
    long t0 = System.currentTimeMillis() - 600_000;
    // A point first, so today's partition and the agent exist before the COPY is held up.
    assertThat(postLines("bucket=" + bucket + "&precision=ms", "first v=1 " + t0).statusCode())
        .isEqualTo(204);
    String batch = lines(t0, 1);
    String partition = partitionOf(t0);

    CompletableFuture<HttpResponse<String>> during;
    Connection holder = connect();
    try (Statement st = holder.createStatement()) {
      holder.setAutoCommit(false);
      // The COPY waits for this lock: it is in flight, holding its transaction, when we stop.
      st.execute("LOCK TABLE " + partition + " IN SHARE MODE");
      during =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return postLines("bucket=" + bucket + "&precision=ms", batch);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Await.until(
          "the COPY waits for the lock",
          Duration.ofSeconds(20),
          () ->
              TestDatabase.number(
                      "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                          + " AND query LIKE 'COPY "
                          + partition
                          + "%'")
                  == 1);
      TestCluster.stop();
    } finally {
      TestCluster.start();
      holder.close();
    }

    HttpResponse<String> answer = during.get(60, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    assertThat(answer.body()).contains("nothing was stored");
    assertThat(TestDatabase.samplesOfAgent("influx:" + bucket)).hasSize(1);

    HttpResponse<String> retried = retryUntilAccepted(bucket, batch);
    assertThat(retried.statusCode()).isEqualTo(204);
    assertThat(TestDatabase.samplesOfAgent("influx:" + bucket)).hasSize(1 + POINTS);
  }

  @Test
  void aCommitThatFailsStoresNothingAndTheRetryLandsOnce() throws Exception {
    String bucket = "it-commit-" + System.currentTimeMillis();
    long t0 = System.currentTimeMillis() - 600_000;
    assertThat(postLines("bucket=" + bucket + "&precision=ms", "first v=1 " + t0).statusCode())
        .isEqualTo(204);
    String partition = partitionOf(t0);
    // Checked at commit: every statement of the request succeeds, then the commit fails.
    TestDatabase.execute(
        "CREATE OR REPLACE FUNCTION it_refuse_commit() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN IF NEW.value = 666 THEN RAISE EXCEPTION 'it: commit refused'; END IF;"
            + " RETURN NULL; END $$");
    TestDatabase.execute(
        "CREATE CONSTRAINT TRIGGER it_refuse_commit AFTER INSERT ON "
            + partition
            + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION it_refuse_commit()");
    String batch = lines(t0, 666);
    HttpResponse<String> refused;
    try {
      refused = postLines("bucket=" + bucket + "&precision=ms", batch);
    } finally {
      TestDatabase.execute("DROP TRIGGER it_refuse_commit ON " + partition);
      TestDatabase.execute("DROP FUNCTION it_refuse_commit()");
    }

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
    assertThat(refused.body()).matches(".*internal error [0-9a-f-]{36}; nothing was stored.*");
    assertThat(TestDatabase.samplesOfAgent("influx:" + bucket)).hasSize(1);

    assertThat(postLines("bucket=" + bucket + "&precision=ms", batch).statusCode()).isEqualTo(204);
    assertThat(TestDatabase.samplesOfAgent("influx:" + bucket)).hasSize(1 + POINTS);
    assertThat(postLines("bucket=" + bucket + "&precision=ms", batch).statusCode()).isEqualTo(204);
    assertThat(TestDatabase.samplesOfAgent("influx:" + bucket)).as("once").hasSize(1 + POINTS);
  }

  /** 2,000 points of 20 series, a second apart, after {@code t0}; every value {@code value}. */
  /**
   * 200 series x 10 rounds: rows, which the COPY writes (a request of 50 or more samples a series
   * would be written as chunks instead).
   */
  private static String lines(long t0, int value) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < POINTS; i++) {
      b.append("load,core=").append(i % 200).append(" v=").append(value).append(' ');
      b.append(t0 + 1000 + i / 200 * 1000).append('\n');
    }
    return b.toString();
  }

  private static String partitionOf(long ms) {
    return "sample_" + java.time.LocalDate.ofEpochDay(ms / 86_400_000).toString().replace("-", "");
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("pattoo.test.db-url"),
        System.getProperty("pattoo.test.db-user"),
        System.getProperty("pattoo.test.db-password"));
  }

  private static HttpResponse<String> retryUntilAccepted(String bucket, String batch)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> r = postLines("bucket=" + bucket + "&precision=ms", batch);
    while (r.statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      r = postLines("bucket=" + bucket + "&precision=ms", batch);
    }
    return r;
  }
}
