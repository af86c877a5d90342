package org.pattoo.bench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser against text written by hand after what the server's /metrics answers. */
class MetricsTextTest {

  static final String SCRAPE =
      """
      # HELP pattoo_database_metrics_up 1 when the database gauges were read at this scrape
      # TYPE pattoo_database_metrics_up gauge
      pattoo_database_metrics_up 1.0
      # HELP pattoo_ingest_points_total Data points received, by format and what became of them
      # TYPE pattoo_ingest_points_total counter
      pattoo_ingest_points_total{format="influx",outcome="stored"} 1.008E7
      pattoo_ingest_points_total{format="pattoo",outcome="stored"} 120.0
      # TYPE pattoo_ingest_copy_seconds histogram
      pattoo_ingest_copy_seconds_bucket{le="0.005"} 2
      pattoo_ingest_copy_seconds_bucket{le="+Inf"} 3
      pattoo_ingest_copy_seconds_sum 0.007087177
      # TYPE pattoo_partition_bytes gauge
      pattoo_partition_bytes{table="rollup_5m"} 180224.0
      pattoo_partition_bytes{table="sample"} 1.474560E9
      pattoo_rollup_lag_seconds{tier="5m"} 284.877 1700000000000
      pattoo_rollup_pending_buckets 0.0
      odd_label{path="C:\\\\tmp",quote="say \\"hi\\"",line="a\\nb",} -Inf
      not_a_number NaN

      """;

  @Test
  void readsEverySampleByNameAndLabels() {
    Scrape scrape = MetricsText.parse(SCRAPE);

    assertThat(scrape.databaseRead()).isTrue();
    assertThat(
            scrape
                .value(
                    "pattoo_ingest_points_total", Map.of("outcome", "stored", "format", "influx"))
                .getAsDouble())
        .isEqualTo(10_080_000);
    assertThat(scrape.value("pattoo_partition_bytes", Map.of("table", "sample")).getAsDouble())
        .isEqualTo(1_474_560_000);
    assertThat(scrape.value("pattoo_rollup_lag_seconds", Map.of("tier", "5m")).getAsDouble())
        .isEqualTo(284.877);
    assertThat(scrape.value("pattoo_rollup_pending_buckets").getAsDouble()).isZero();
    assertThat(
            scrape.value("pattoo_ingest_copy_seconds_bucket", Map.of("le", "+Inf")).getAsDouble())
        .isEqualTo(3);
    assertThat(scrape.value("not_a_number").getAsDouble()).isNaN();
  }

  @Test
  void labelValuesUnescape() {
    Scrape scrape = MetricsText.parse(SCRAPE);

    assertThat(
            scrape
                .value(
                    "odd_label", Map.of("path", "C:\\tmp", "quote", "say \"hi\"", "line", "a\nb"))
                .getAsDouble())
        .isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void aSampleMustMatchItsLabelsExactly() {
    Scrape scrape = MetricsText.parse(SCRAPE);

    assertThat(scrape.value("pattoo_partition_bytes")).isEmpty();
    assertThat(scrape.value("pattoo_partition_bytes", Map.of("table", "sample_text"))).isEmpty();
    assertThat(scrape.value("pattoo_rollup_lag_seconds", Map.of("tier", "1h"))).isEmpty();
  }

  @Test
  void gaugesNotReadFromTheDatabaseAreSaidSo() {
    Scrape scrape = MetricsText.parse("pattoo_database_metrics_up 0.0\npattoo_partitions 3.0\n");

    assertThat(scrape.databaseRead()).isFalse();
  }

  @Test
  void aBadLineIsAnErrorNamingItsNumberAndWhatWasExpected() {
    assertThatThrownBy(() -> MetricsText.parse("# TYPE a gauge\na 1.0\nb{x=\"1\"} one\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("metrics line 3: expecting a number, +Inf, -Inf or NaN, found \"one\"");
  }

  @Test
  void whatJavaAloneWouldTakeForANumberIsRefused() {
    // Double.parseDouble takes "1.0d" and "Infinity"; the text format has neither.
    assertThatThrownBy(() -> MetricsText.parse("a 1.0d\n"))
        .hasMessage("metrics line 1: expecting a space before the timestamp, found \"d\"");
    assertThatThrownBy(() -> MetricsText.parse("a Infinity\n"))
        .hasMessage("metrics line 1: expecting a number, +Inf, -Inf or NaN, found \"Infinity\"");
  }

  @Test
  void malformedLabelsAreRefused() {
    assertThatThrownBy(() -> MetricsText.parse("a{x=1} 2\n"))
        .hasMessage("metrics line 1: expecting '\"', found \"1} 2\"");
    assertThatThrownBy(() -> MetricsText.parse("a{x=\"1\" y=\"2\"} 2\n"))
        .hasMessage("metrics line 1: expecting ',' or '}', found \" y=\"2\"} 2\"");
    assertThatThrownBy(() -> MetricsText.parse("a{x=\"1\",x=\"2\"} 2\n"))
        .hasMessage("metrics line 1: expecting label x once only, found \"} 2\"");
    assertThatThrownBy(() -> MetricsText.parse("a{x=\"1\n"))
        .hasMessage("metrics line 1: expecting '\"', found the end of the line");
  }

  @Test
  void aSampleTwiceIsRefused() {
    assertThatThrownBy(() -> MetricsText.parse("a{x=\"1\"} 2\na{x=\"1\"} 3\n"))
        .hasMessage("metrics line 2: Series[name=a, labels={x=1}] again");
  }
}
