package org.pattoo.ingest;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.pattoo.metrics.Registry;

/**
 * Ingestion's self-metrics: points by format and outcome, requests by format and HTTP status,
 * refusals by reason, new series, samples written as chunks, request and COPY durations.
 */
@ApplicationScoped
public class IngestMetrics {

  @Inject Registry registry;

  private Counter points;
  private Counter newSeries;
  private Counter requests;
  private Counter rejected;
  private Counter chunked;
  private Histogram requestSeconds;
  private Histogram copySeconds;

  @PostConstruct
  void register() {
    var r = registry.prometheus();
    points =
        registry.counter(
            "pattoo_ingest_points",
            "Data points received, by format and what became of them",
            "format",
            "outcome");
    newSeries = registry.counter("pattoo_ingest_series_created", "Series seen first");
    requests =
        registry.counter(
            "pattoo_ingest_requests",
            "Ingest requests answered, by format and HTTP status",
            "format",
            "status");
    rejected =
        registry.counter(
            "pattoo_ingest_rejected_requests",
            "Ingest requests refused, by format and reason",
            "format",
            "reason");
    chunked =
        registry.counter(
            "pattoo_ingest_chunked_samples",
            "Numeric samples written straight as chunks (requests of many samples a series)");
    requestSeconds =
        Histogram.builder()
            .name("pattoo_ingest_request_seconds")
            .help("Time to answer an ingest request")
            .labelNames("format")
            .classicOnly()
            .register(r);
    copySeconds =
        Histogram.builder()
            .name("pattoo_ingest_copy_seconds")
            .help("Time of one COPY of numeric samples into a day's partition")
            .classicOnly()
            .register(r);
  }

  /** Registers the metrics as the application starts, so a scrape shows them before any post. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    // Observing is enough: CDI creates the bean, and @PostConstruct registers.
  }

  public void accepted(String format, IngestResult result) {
    points.labelValues(format, "stored").inc(result.stored());
    points.labelValues(format, "duplicate").inc(result.duplicates());
    points.labelValues(format, "unchanged").inc(result.unchanged());
    newSeries.inc(result.newSeries());
  }

  /** A request answered with {@code status} after {@code seconds}. */
  public void answered(String format, int status, double seconds) {
    requests.labelValues(format, Integer.toString(status)).inc();
    requestSeconds.labelValues(format).observe(seconds);
    if (status >= 400) {
      rejected.labelValues(format, reason(status)).inc();
    }
  }

  void copied(double seconds) {
    copySeconds.observe(seconds);
  }

  void chunked(int samples) {
    chunked.inc(samples);
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "invalid";
      case 401 -> "unauthorized";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      case 500 -> "internal_error";
      case 503 -> "unavailable";
      default -> "http_" + status;
    };
  }
}
