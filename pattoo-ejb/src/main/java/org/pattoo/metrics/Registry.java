package org.pattoo.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The application's own metric registry (not the library's global one, so a redeployment starts
 * afresh), written in the Prometheus text format with the database gauges read at that moment.
 */
@ApplicationScoped
public class Registry {

  private final PrometheusRegistry registry = new PrometheusRegistry();

  @Inject DatabaseMetrics database;

  public PrometheusRegistry prometheus() {
    return registry;
  }

  /** A counter registered here; {@code labels} name its label dimensions, none for a plain one. */
  public Counter counter(String name, String help, String... labels) {
    return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  /** A gauge registered here; {@code labels} name its label dimensions, none for a plain one. */
  public Gauge gauge(String name, String help, String... labels) {
    return Gauge.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  /** Content type of {@link #scrape}. */
  public static String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }

  /** Every metric now; the database gauges are read first, within a short statement timeout. */
  public void scrape(OutputStream out) throws IOException {
    database.refresh();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
  }
}
