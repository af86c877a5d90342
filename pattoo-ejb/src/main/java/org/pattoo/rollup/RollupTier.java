package org.pattoo.rollup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.pattoo.storage.Partitions;

/**
 * The three rollup tiers: bucket width, table, and the span of one table partition (a month of
 * 5-minute buckets, a year of hourly or daily ones).
 */
public enum RollupTier {
  FIVE_MINUTES("rollup_5m", 300_000L, ChronoUnit.MONTHS),
  HOUR("rollup_1h", 3_600_000L, ChronoUnit.YEARS),
  DAY("rollup_1d", 86_400_000L, ChronoUnit.YEARS);

  private final String table;
  private final long widthMs;
  private final ChronoUnit partitionSpan;

  RollupTier(String table, long widthMs, ChronoUnit partitionSpan) {
    this.table = table;
    this.widthMs = widthMs;
    this.partitionSpan = partitionSpan;
  }

  public String table() {
    return table;
  }

  public long widthMs() {
    return widthMs;
  }

  public long bucketOf(long ts) {
    return Buckets.startOf(ts, widthMs);
  }

  /** Start of the partition holding a bucket, epoch ms. */
  public long partitionStart(long bucket) {
    ZonedDateTime t = Instant.ofEpochMilli(bucket).atZone(ZoneOffset.UTC);
    ZonedDateTime start =
        partitionSpan == ChronoUnit.MONTHS
            ? t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS)
            : t.withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
    return start.toInstant().toEpochMilli();
  }

  /** End (exclusive) of the partition starting at {@code partitionStart}, epoch ms. */
  public long partitionEnd(long partitionStart) {
    return Instant.ofEpochMilli(partitionStart)
        .atZone(ZoneOffset.UTC)
        .plus(1, partitionSpan)
        .toInstant()
        .toEpochMilli();
  }

  /** The start of a partition from its name, e.g. rollup_5m_202611; inverse of partition(). */
  public long partitionStartOf(String name) {
    String suffix = name.substring(table.length() + 1);
    int year = Integer.parseInt(suffix.substring(0, 4));
    int month = partitionSpan == ChronoUnit.MONTHS ? Integer.parseInt(suffix.substring(4, 6)) : 1;
    return ZonedDateTime.of(year, month, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /**
   * Reads of a tier are index-only scans of its key (migration V13), which read the heap wherever a
   * page is not yet marked all-visible: the newest rows, which charts read most. Vacuum marks them;
   * by default an insert-only table waits for a fifth of its size in new rows (days of a month's
   * partition), here for 10,000 (one 5-minute bucket of 10,000 series).
   */
  static final String VACUUM_AFTER_INSERTS =
      "autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0";

  /** E.g. rollup_5m_202611 or rollup_1h_2026. */
  public String partition(long partitionStart) {
    ZonedDateTime t = Instant.ofEpochMilli(partitionStart).atZone(ZoneOffset.UTC);
    return table
        + "_"
        + (partitionSpan == ChronoUnit.MONTHS
            ? String.format("%04d%02d", t.getYear(), t.getMonthValue())
            : String.format("%04d", t.getYear()));
  }

  public String createPartitionSql(long partitionStart) {
    return Partitions.createSql(
        table,
        partition(partitionStart),
        partitionStart,
        partitionEnd(partitionStart),
        VACUUM_AFTER_INSERTS);
  }
}
