package org.pattoo.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the database holds, read at each scrape (catalog and watermark reads, cheap at any size):
 * partitions and their sizes per table, how far each rollup tier lags behind now, buckets waiting
 * to be rolled again. Also counts the partitions retention dropped.
 */
@ApplicationScoped
public class DatabaseMetrics {

  private static final Logger LOG = Logger.getLogger(DatabaseMetrics.class.getName());

  @Inject private DataSource dataSource;

  @Inject private Registry registry;
  @Inject private Clock clock;

  private Gauge partitions;
  private Gauge partitionBytes;
  private Gauge chunkBytes;
  private Gauge rollupLag;
  private Gauge rollupPending;
  private Gauge scrapeErrors;
  private Counter retentionDropped;

  @PostConstruct
  void register() {
    var r = registry.prometheus();
    partitions =
        Gauge.builder()
            .name("pattoo_partitions")
            .help("Partitions of each partitioned table")
            .labelNames("table")
            .register(r);
    partitionBytes =
        Gauge.builder()
            .name("pattoo_partition_bytes")
            .help("Bytes of each partitioned table's partitions, indexes included")
            .labelNames("table")
            .register(r);
    chunkBytes =
        Gauge.builder()
            .name("pattoo_chunk_bytes")
            .help(
                "Bytes of sample_chunk (numeric samples folded or sealed), indexes and TOAST included")
            .register(r);
    rollupLag =
        Gauge.builder()
            .name("pattoo_rollup_lag_seconds")
            .help("How far each rollup tier's watermark is behind now")
            .labelNames("tier")
            .register(r);
    rollupPending =
        Gauge.builder()
            .name("pattoo_rollup_pending_buckets")
            .help("Buckets late samples reached that wait to be rolled again")
            .register(r);
    scrapeErrors =
        Gauge.builder()
            .name("pattoo_database_metrics_up")
            .help("1 when the database gauges were read at this scrape, 0 when they could not be")
            .register(r);
    retentionDropped =
        Counter.builder()
            .name("pattoo_retention_dropped_partitions")
            .help("Partitions dropped by retention")
            .labelNames("table")
            .register(r);
  }

  /** Counts a partition retention dropped, under the table it belonged to. */
  public void dropped(String table) {
    retentionDropped.labelValues(table).inc();
  }

  void refresh() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.setQueryTimeout(5);
      try (ResultSet rs =
          st.executeQuery(
              "SELECT p.relname, count(*), coalesce(sum(pg_total_relation_size(c.oid)), 0)"
                  + " FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                  + " JOIN pg_class p ON p.oid = i.inhparent"
                  + " WHERE p.relkind = 'p' GROUP BY p.relname")) {
        while (rs.next()) {
          partitions.labelValues(rs.getString(1)).set(rs.getLong(2));
          partitionBytes.labelValues(rs.getString(1)).set(rs.getLong(3));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT pg_total_relation_size('sample_chunk')")) {
        rs.next();
        chunkBytes.set(rs.getLong(1));
      }
      double now = clock.millis();
      try (ResultSet rs = st.executeQuery("SELECT tier, done_until FROM rollup_watermark")) {
        while (rs.next()) {
          rollupLag.labelValues(rs.getString(1)).set((now - rs.getLong(2)) / 1000);
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM rollup_dirty")) {
        rs.next();
        rollupPending.set(rs.getLong(1));
      }
      scrapeErrors.set(1);
    } catch (SQLException e) {
      LOG.fine(() -> "database metrics not read: " + e.getMessage());
      scrapeErrors.set(0);
    }
  }
}
