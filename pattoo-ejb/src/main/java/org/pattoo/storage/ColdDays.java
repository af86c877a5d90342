package org.pattoo.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which daily partitions are cold: past {@code pattoo.storage.compact-after}, late data for them is
 * rare, so they are compacted (sealed into chunks, or sorted with the unique index replaced by
 * BRIN). A compacted day is cold whatever the setting says now, as it has no unique index to rely
 * on. Compaction takes the day's lock alone and writers of a hot day share it, so a writer that
 * finds the unique index under the lock can rely on it until it commits.
 */
public final class ColdDays {

  private ColdDays() {}

  /** Whether a partition lost its unique index to compaction. */
  public static boolean isCompacted(Connection c, String partition) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + compactedSql(partition))) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** SQL true when {@code partition} (a name of ours, never input) is compacted. */
  public static String compactedSql(String partition) {
    return "NOT EXISTS (SELECT 1 FROM pg_index WHERE indrelid = '"
        + partition
        + "'::regclass AND indisunique)";
  }

  /** This day may be compacted now. */
  public static boolean isCompactable(long epochDay, long today, long compactAfterDays) {
    return epochDay < today - compactAfterDays - 1;
  }

  /**
   * The day's lock, taken alone: serializes late writes to a cold day with each other, and with the
   * day's folding and compaction.
   */
  public static String lockSql(long epochDay) {
    return "SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", " + epochDay + ")";
  }

  /**
   * The day's lock, shared by writers to a hot day (its unique index keeps them apart): a fold
   * never moves rows while one writes, so a writer's view of the fold point stays true.
   */
  public static String sharedLockSql(long epochDay) {
    return "SELECT pg_advisory_xact_lock_shared(" + LOCK_CLASS + ", " + epochDay + ")";
  }

  /**
   * The day's late-row lock, shared by writers of rows older than the day's fold point: a fold
   * holds it alone from its commit until it has deleted the rows it folded, so a late row is never
   * written before that delete and removed by it.
   */
  public static String lateRowsLockSql(long epochDay) {
    return "SELECT pg_advisory_xact_lock_shared(" + LATE_ROWS_CLASS + ", " + epochDay + ")";
  }

  /** The late-row lock taken alone, for the session: it outlasts the fold's transaction. */
  public static String holdLateRowsSql(long epochDay) {
    return "SELECT pg_advisory_lock(" + LATE_ROWS_CLASS + ", " + epochDay + ")";
  }

  public static String releaseLateRowsSql(long epochDay) {
    return "SELECT pg_advisory_unlock(" + LATE_ROWS_CLASS + ", " + epochDay + ")";
  }

  /** "pt": the first key of pattoo's two-key advisory locks. */
  private static final int LOCK_CLASS = 0x7074;

  /** "pl": the first key of the late-row locks. */
  private static final int LATE_ROWS_CLASS = 0x706c;
}
