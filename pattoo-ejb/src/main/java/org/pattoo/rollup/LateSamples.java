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
   * first to last late bucket, so an agent replaying hours of its spool writes few rows; late
   * samples of more than {@link #SERIES_PER_REQUEST} series mark their buckets for every series, a
   * row per run of adjacent buckets.
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
    Map<Long, long[]> spans = new LinkedHashMap<>(); // series id -> {first, last} late bucket
    TreeSet<Long> buckets = new TreeSet<>();
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < timestamps.length; i++) {
      long bucket = RollupTier.FIVE_MINUTES.bucketOf(timestamps[i]);
      if (bucket < announced) {
        widen(spans.computeIfAbsent(series[i], id -> new long[] {bucket, bucket}), bucket);
        if (bucket != previous) { // requests mostly hold few buckets: skip boxing every sample
          buckets.add(bucket);
          previous = bucket;
        }
      }
    }
    if (spans.isEmpty()) {
      return;
    }
    boolean few = spans.size() <= SERIES_PER_REQUEST;
    // For every series, only the buckets that have late samples: a span from a week-old sample
    // to a minute-old one would re-roll the week.
    List<long[]> rows = few ? List.copyOf(spans.values()) : runs(buckets);
    Long[] ids = few ? spans.keySet().toArray(new Long[0]) : new Long[rows.size()];
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rollup_dirty (bucket, last_bucket, series_id)"
                + " SELECT * FROM unnest(?, ?, ?)")) {
      ps.setArray(1, c.createArrayOf("int8", rows.stream().map(r -> r[0]).toArray(Long[]::new)));
      ps.setArray(2, c.createArrayOf("int8", rows.stream().map(r -> r[1]).toArray(Long[]::new)));
      ps.setArray(3, c.createArrayOf("int8", ids));
      ps.executeUpdate();
    }
  }

  /** Ascending buckets as {first, last} runs of adjacent ones. */
  private static List<long[]> runs(TreeSet<Long> buckets) {
    long five = RollupTier.FIVE_MINUTES.widthMs();
    List<long[]> out = new ArrayList<>();
    for (long b : buckets) {
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last[1] + five == b) {
        last[1] = b;
      } else {
        out.add(new long[] {b, b});
      }
    }
    return out;
  }

  private static void widen(long[] span, long bucket) {
    span[0] = Math.min(span[0], bucket);
    span[1] = Math.max(span[1], bucket);
  }
}
