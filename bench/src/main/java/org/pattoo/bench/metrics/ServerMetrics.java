package org.pattoo.bench.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import org.pattoo.bench.Server;

/**
 * The server's own metrics, {@code GET <url>/metrics} with the API token: how the benchmarks see
 * rollup progress and storage, through the API rather than through the server's tables.
 */
public final class ServerMetrics {

  private static final int DATABASE_TRIES = 5;

  private final Server server;
  private final URI endpoint;
  private final HttpClient http = Server.client();

  public ServerMetrics(Server server) {
    this.server = server;
    this.endpoint = server.uri("/metrics");
  }

  public Scrape scrape() throws InterruptedException {
    return MetricsText.parse(Server.send(http, server.apiGet(endpoint)));
  }

  /**
   * A scrape for which the server read its database gauges. Tried a few times, 2 s apart: a scrape
   * misses them when its catalog reads wait out their 5-second timeout behind a lock (a partition
   * being compacted or created).
   */
  public Scrape scrapeDatabase() throws InterruptedException {
    for (int i = 1; ; i++) {
      Scrape scrape = scrape();
      if (scrape.databaseRead()) {
        return scrape;
      }
      if (i == DATABASE_TRIES) {
        throw new IllegalStateException(
            "GET "
                + endpoint
                + ": the server could not read its database gauges "
                + DATABASE_TRIES
                + " times in a row (pattoo_database_metrics_up 0; see the server log)");
      }
      Thread.sleep(2000);
    }
  }
}
