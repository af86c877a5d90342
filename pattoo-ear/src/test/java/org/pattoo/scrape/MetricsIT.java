package org.pattoo.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.Metrics;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;

/** /pattoo/metrics counts what a test posts, in the Prometheus text format, behind a token. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @Test
  void countsThePointsAndRequestsOfAnIngestRun() throws Exception {
    TestDatabase.forgetAgents("influx:it-metrics");
    String before = scrape();
    long ms = System.currentTimeMillis();

    HttpResponse<String> posted =
        IngestDeployment.postLines(
            "bucket=it-metrics&precision=ms",
            "m a=1 " + ms + "\nm a=2 " + (ms + 1) + "\nm b=3 " + ms + "\n");
    assertThat(posted.statusCode()).isEqualTo(204);
    assertThat(
            IngestDeployment.postLines("bucket=it-metrics&precision=ms", "m a=1 " + ms)
                .statusCode())
        .as("the same point again")
        .isEqualTo(204);
    HttpResponse<String> refused =
        TestServer.post(
            "/pattoo/api/v2/write?bucket=it-metrics",
            "m a=1".getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Token wrong");
    assertThat(refused.statusCode()).isEqualTo(401);
    String after = scrape();

    assertThat(
            delta(
                before, after, "pattoo_ingest_points_total{format=\"influx\",outcome=\"stored\"}"))
        .isEqualTo(3);
    assertThat(
            delta(
                before,
                after,
                "pattoo_ingest_points_total{format=\"influx\",outcome=\"duplicate\"}"))
        .isEqualTo(1);
    assertThat(
            delta(before, after, "pattoo_ingest_requests_total{format=\"influx\",status=\"204\"}"))
        .isEqualTo(2);
    assertThat(
            delta(
                before,
                after,
                "pattoo_ingest_rejected_requests_total{format=\"influx\",reason=\"unauthorized\"}"))
        .isEqualTo(1);
    assertThat(delta(before, after, "pattoo_ingest_request_seconds_count{format=\"influx\"}"))
        .isEqualTo(3);
    assertThat(value(after, "pattoo_database_metrics_up")).isEqualTo(1);
    assertThat(value(after, "pattoo_partitions{table=\"sample\"}")).isGreaterThan(0);
    // Tables only: partitioned indexes have partitions too, and must not show up as tables.
    assertThat(
            after
                .lines()
                .filter(l -> l.startsWith("pattoo_partitions{"))
                .map(l -> l.substring(l.indexOf('"') + 1, l.lastIndexOf('"')))
                .toList())
        .allMatch(
            t ->
                java.util.Set.of("sample", "sample_text", "rollup_5m", "rollup_1h", "rollup_1d")
                    .contains(t));
    assertThat(value(after, "pattoo_rollup_lag_seconds{tier=\"5m\"}")).isGreaterThan(0);
  }

  @Test
  void aScrapeNeedsAToken() throws Exception {
    HttpResponse<String> anonymous = TestServer.get("/pattoo/metrics");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"pattoo\"");
  }

  private static String scrape() throws Exception {
    return Metrics.scrape();
  }

  private static double delta(String before, String after, String series) {
    return value(after, series) - value(before, series);
  }

  private static double value(String scrape, String series) {
    return Metrics.value(scrape, series);
  }
}
