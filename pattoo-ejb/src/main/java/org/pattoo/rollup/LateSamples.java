package org.pattoo.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * Marks the 5-minute buckets that samples written late fall into, with their series, so the next
 * rollup run rolls them again for those series. Ingestion calls it inside its own transaction,
 * holding a shared lock that the rollup job's announcement waits for: a sample either sees the
 * announcement or is committed before the announced range is read. No sample slips between.
 */
public final class LateSamples {

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
            "SELECT EXISTS (SELECT 1 FROM rollup_dirty WHERE bucket >= "
                + RollupTier.FIVE_MINUTES.bucketOf(from)
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
   * Marks the (bucket, series) pairs of these samples that lie before the announced range: sample i
   * is at {@code timestamps[i]} in series {@code series[i]}.
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
    Set<Mark> marks = new LinkedHashSet<>();
    for (int i = 0; i < timestamps.length; i++) {
      long bucket = RollupTier.FIVE_MINUTES.bucketOf(timestamps[i]);
      if (bucket < announced) {
        marks.add(new Mark(bucket, series[i]));
      }
    }
    if (marks.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rollup_dirty (bucket, series_id) SELECT * FROM unnest(?, ?)")) {
      PGConnection pg = c.unwrap(PGConnection.class);
      ps.setArray(1, pg.createArrayOf("int8", marks.stream().mapToLong(Mark::bucket).toArray()));
      ps.setArray(2, pg.createArrayOf("int8", marks.stream().mapToLong(Mark::series).toArray()));
      ps.executeUpdate();
    }
  }

  private record Mark(long bucket, long series) {}
}
