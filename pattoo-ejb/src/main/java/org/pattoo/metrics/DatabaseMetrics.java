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
import org.pattoo.rollup.PendingBuckets;

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
    partitions =
        registry.gauge("pattoo_partitions", "Partitions of each partitioned table", "table");
    partitionBytes =
        registry.gauge(
            "pattoo_partition_bytes",
            "Bytes of each partitioned table's partitions, indexes included",
            "table");
    chunkBytes =
        registry.gauge(
            "pattoo_chunk_bytes",
            "Bytes of sample_chunk (numeric samples folded or sealed), indexes and TOAST included");
    rollupLag =
        registry.gauge(
            "pattoo_rollup_lag_seconds",
            "How far each rollup tier's watermark is behind now",
            "tier");
    rollupPending =
        registry.gauge(
            "pattoo_rollup_pending_buckets",
            "Buckets late samples reached that wait to be rolled again");
    scrapeErrors =
        registry.gauge(
            "pattoo_database_metrics_up",
            "1 when the database gauges were read at this scrape, 0 when they could not be");
    retentionDropped =
        registry.counter(
            "pattoo_retention_dropped_partitions", "Partitions dropped by retention", "table");
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
      try (ResultSet rs = st.executeQuery(PendingBuckets.sql("rollup_dirty"))) {
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
