package org.pattoo.storage;

/**
 * Which daily partitions are cold: past {@code pattoo.storage.compact-after}, late data for them is
 * rare, so they are compacted (sorted, unique index replaced by BRIN). Writers treat a day as cold
 * one day before it may be compacted, so no writer ever relies on a unique index that the compactor
 * is about to remove.
 */
public final class ColdDays {

  private ColdDays() {}

  /** Writes to this day check for duplicates themselves, under the day's advisory lock. */
  public static boolean isCold(long epochDay, long today, long compactAfterDays) {
    return epochDay < today - compactAfterDays;
  }

  /** This day may be compacted now. */
  public static boolean isCompactable(long epochDay, long today, long compactAfterDays) {
    return epochDay < today - compactAfterDays - 1;
  }

  /** Serializes late writes to a cold day with each other and with its compaction. */
  public static String lockSql(long epochDay) {
    return "SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", " + epochDay + ")";
  }

  /** "pt": the first key of pattoo's two-key advisory locks. */
  private static final int LOCK_CLASS = 0x7074;
}
