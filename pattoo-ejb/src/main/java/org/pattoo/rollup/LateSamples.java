package org.pattoo.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Marks the 5-minute buckets that samples written late fall into, with their series, so the next
 * rollup run rolls them again for those series. Ingestion calls it inside its own transaction,
 * holding a shared lock that the rollup job's announcement waits for: a sample either sees the
 * announcement or is committed before the announced range is read. No sample slips between.
 */
public final class LateSamples {

  /** Late samples of more series than this in one request mark their buckets for every series. */
  static final int SERIES_PER_REQUEST = 100;

  /**
   * The most buckets without a late sample that one series' row spans: an hour, which costs one
   * series little to roll again and keeps a spool replayed at any interval under it in one row.
   */
  static final int SERIES_GAP_BUCKETS = 12;

  /** The lock the rollup job takes exclusively to announce, and ingestion shares. */
  static final long ANNOUNCE_LOCK = 0x7061_7474_6f6f_0003L;

  private LateSamples() {}

  /**
   * Within the caller's transaction, waits for ingestion in flight and holds off new writes, then
   * tells whether samples in [from, to) still wait to be rolled (marked late, or past the
   * watermark). Retention asks before dropping raw samples.
   */
  public static boolean pendingRollup(Statement st, long from, long to) throws SQLException {
    st.execute("SELECT pg_advisory_xact_lock(" + ANNOUNCE_LOCK + ")");
    try (ResultSet rs =
        st.executeQuery(
            "SELECT EXISTS (SELECT 1 FROM rollup_dirty WHERE last_bucket >= "
                + (RollupTier.FIVE_MINUTES.bucketOf(from) - RollupTier.FIVE_MINUTES.widthMs())
                + " AND bucket < "
                + to
                + ") OR NOT EXISTS (SELECT 1 FROM rollup_watermark WHERE tier = '5m'"
                + " AND done_until >= "
                + to
                + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Marks the buckets of these samples that lie before the announced range, for their series:
   * sample i is at {@code timestamps[i]} in series {@code series[i]}. A row per series spans its
   * late buckets, so an agent replaying hours of its spool writes few rows, but not a gap of more
   * than {@link #SERIES_GAP_BUCKETS} between them: a week-old sample and a minute-old one of the
   * same series would re-roll its week. Late samples of more than {@link #SERIES_PER_REQUEST}
   * series mark their buckets for every series, a row per run of adjacent buckets.
   */
  public static void mark(Connection c, long[] timestamps, long[] series) throws SQLException {
    long announced;
    try (Statement st = c.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock_shared(" + ANNOUNCE_LOCK + ")");
      try (ResultSet rs =
          st.executeQuery("SELECT announced_until FROM rollup_watermark WHERE tier = '5m'")) {
        if (!rs.next()) {
          return; // nothing rolled yet: the first run rolls everything
        }
        announced = rs.getLong(1);
      }
    }
    // Series id -> its late buckets; past SERIES_PER_REQUEST series, the buckets of them all.
    Map<Long, TreeSet<Long>> bySeries = new LinkedHashMap<>();
    TreeSet<Long> buckets = new TreeSet<>();
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < timestamps.length; i++) {
      long bucket = RollupTier.FIVE_MINUTES.bucketOf(timestamps[i]);
      if (bucket < announced) {
        if (bySeries.size() <= SERIES_PER_REQUEST) {
          bySeries.computeIfAbsent(series[i], id -> new TreeSet<>()).add(bucket);
        }
        if (bucket != previous) { // requests mostly hold few buckets: skip boxing every sample
          buckets.add(bucket);
          previous = bucket;
        }
      }
    }
    if (buckets.isEmpty()) {
      return;
    }
    List<long[]> rows = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    if (bySeries.size() <= SERIES_PER_REQUEST) {
      bySeries.forEach(
          (id, own) -> {
            for (long[] run : runs(own, SERIES_GAP_BUCKETS)) {
              rows.add(run);
              ids.add(id);
            }
          });
    } else {
      // For every series, only the buckets that have late samples: rolling a gap between them
      // would cost every series' samples of it.
      for (long[] run : runs(buckets, 0)) {
        rows.add(run);
        ids.add(null);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rollup_dirty (bucket, last_bucket, series_id)"
                + " SELECT * FROM unnest(?, ?, ?)")) {
      ps.setArray(1, c.createArrayOf("int8", rows.stream().map(r -> r[0]).toArray(Long[]::new)));
      ps.setArray(2, c.createArrayOf("int8", rows.stream().map(r -> r[1]).toArray(Long[]::new)));
      ps.setArray(3, c.createArrayOf("int8", ids.toArray()));
      ps.executeUpdate();
    }
  }

  /**
   * Ascending buckets as {first, last} runs, each run's buckets at most {@code gap} empty buckets
   * apart.
   */
  static List<long[]> runs(TreeSet<Long> buckets, int gap) {
    long five = RollupTier.FIVE_MINUTES.widthMs();
    List<long[]> out = new ArrayList<>();
    for (long b : buckets) {
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && b - last[1] <= (gap + 1) * five) {
        last[1] = b;
      } else {
        out.add(new long[] {b, b});
      }
    }
    return out;
  }
}
