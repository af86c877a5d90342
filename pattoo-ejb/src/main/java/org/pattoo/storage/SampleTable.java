package org.pattoo.storage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The two partitioned sample tables and how their daily partitions are named and bounded. */
public enum SampleTable {
  NUMBER("sample"),
  TEXT("sample_text");

  /** One UTC day in epoch milliseconds: the partition width. */
  public static final long DAY_MS = 86_400_000L;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final String parent;

  SampleTable(String parent) {
    this.parent = parent;
  }

  public String parent() {
    return parent;
  }

  /** The epoch day (days since 1970-01-01 UTC) a sample time falls in. */
  public static long dayOf(long epochMs) {
    return Math.floorDiv(epochMs, DAY_MS);
  }

  /** The epoch day of a partition's name, e.g. {@code sample_20261125}. */
  public static long dayOfPartition(String name) {
    return LocalDate.parse(name.substring(name.length() - 8), DAY).toEpochDay();
  }

  /** The partition of one epoch day, e.g. {@code sample_20261125}. */
  public String partition(long epochDay) {
    return parent + "_" + LocalDate.ofEpochDay(epochDay).format(DAY);
  }

  /**
   * Idempotent DDL for one day's partition and its indexes. A folded numeric day keeps only the
   * minutes not yet folded into chunks, so its unique index leads with {@code ts}: inserts land at
   * the tree's right edge (twice the rows per second of {@code (series_id, ts)},
   * docs/performance.md) and reads of those few minutes scan little. A day kept in rows needs
   * {@code (series_id, ts)} to read one series.
   */
  String createPartitionSql(long epochDay, boolean folded) {
    String name = partition(epochDay);
    String unique =
        this == NUMBER && folded
            ? name + "_ts_series ON " + name + " (ts, series_id)"
            : name + "_series_ts ON " + name + " (series_id, ts)";
    String sql =
        Partitions.createSql(parent, name, epochDay * DAY_MS, (epochDay + 1) * DAY_MS)
            + ";\n"
            + "CREATE UNIQUE INDEX IF NOT EXISTS "
            + unique
            + ";\n";
    return this == NUMBER
        ? sql + "CREATE INDEX IF NOT EXISTS " + name + "_ts ON " + name + " USING brin (ts);\n"
        : sql;
  }
}
