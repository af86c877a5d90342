package org.pattoo.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pattoo.rollup.Bucket;
import org.pattoo.rollup.Buckets;
import org.pattoo.rollup.RollupTier;
import org.pattoo.rollup.Watermark;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;

/**
 * Buckets of one tier over a range, read so that they always match the raw samples: complete
 * buckets from the tier's table; buckets the rollup job has not finished (the one its watermark
 * falls in, and those holding late samples still to be re-rolled) from their 5-minute rows plus raw
 * samples where those are stale; buckets past the watermark from raw samples.
 */
final class TierRead {

  private static final long FIVE_MINUTES = RollupTier.FIVE_MINUTES.widthMs();
  private static final int FETCH = 10_000;

  private final Connection c;
  private final Map<Long, SeriesMeta> meta;
  private final RollupTier tier;
  private final long w;
  private final long start;
  private final long end;

  /**
   * Per series, index i for the bucket starting at {@code start + i * w}: the points of complete
   * buckets read from the tier's table, and the buckets assembled from finer rows and raw samples.
   */
  private final Map<Long, SeriesPoint[]> complete = new HashMap<>();

  private final Map<Long, Bucket[]> buckets = new HashMap<>();

  /** Buckets overlapping [from, to), none starting after {@code now}. */
  TierRead(
      Connection c, Map<Long, SeriesMeta> meta, RollupTier tier, long from, long to, long now) {
    this.c = c;
    this.meta = meta;
    this.tier = tier;
    this.w = tier.widthMs();
    this.start = Buckets.startOf(from, w);
    this.end = Math.min(Buckets.startOf(to - 1, w), Buckets.startOf(now, w)) + w;
  }

  Map<Long, List<SeriesPoint>> points() throws SQLException {
    if (start < end) {
      read();
    }
    Map<Long, List<SeriesPoint>> out = new HashMap<>();
    for (SeriesMeta m : meta.values()) {
      out.put(
          m.id(),
          SeriesPoints.grid(
              complete.getOrDefault(m.id(), new SeriesPoint[slots()]),
              buckets.getOrDefault(m.id(), new Bucket[slots()]),
              start,
              w,
              m.counterBits() > 0));
    }
    return out;
  }

  private void read() throws SQLException {
    // Marks first: a re-roll committing after this read leaves fresh rows behind it.
    TreeSet<Long> marked = staleFiveMinuteBuckets();
    long rolled = Math.min(Math.max(Watermark.doneUntil(c).orElse(start), start), end);
    TreeSet<Long> staleFine = new TreeSet<>(marked.headSet(rolled)); // later ones are raw anyway
    long complete = Buckets.startOf(rolled, w);
    TreeSet<Long> assembled = new TreeSet<>();
    staleFine.forEach(f -> assembled.add(Buckets.startOf(f, w)));
    if (complete < rolled) {
      assembled.add(complete); // the bucket the watermark is in
    }
    completeRows(start, complete);
    assembled.forEach(a -> this.complete.values().forEach(points -> points[slot(a)] = null));
    for (long a : assembled) {
      long until = Math.min(a + w, rolled);
      fineRows(a, until, staleFine.subSet(a, until));
    }
    List<long[]> rawRanges = ranges(staleFine);
    if (rolled < end) {
      rawRanges.add(new long[] {rolled, end});
    }
    for (long[] range : rawRanges) {
      fromRaw(range[0], range[1]);
    }
  }

  /**
   * 5-minute buckets before the watermark whose rows are stale for one of these series: each
   * holding late samples, and the one after it (its first counter interval starts in the marked
   * one).
   */
  private TreeSet<Long> staleFiveMinuteBuckets() throws SQLException {
    TreeSet<Long> out = new TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT bucket, last_bucket FROM rollup_dirty WHERE last_bucket >= ? AND bucket < ?"
                + " AND (series_id IS NULL OR series_id = ANY(?))")) {
      ps.setLong(1, start - FIVE_MINUTES);
      ps.setLong(2, end);
      ps.setArray(3, c.createArrayOf("bigint", meta.keySet().toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long from = Math.max(rs.getLong(1), start);
          long until = Math.min(rs.getLong(2) + 2 * FIVE_MINUTES, end);
          for (long f = from; f < until; f += FIVE_MINUTES) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /** Contiguous runs of 5-minute buckets as [from, to) ranges. */
  private static List<long[]> ranges(TreeSet<Long> fine) {
    List<long[]> out = new ArrayList<>();
    for (long f : fine) {
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last[1] == f) {
        last[1] = f + FIVE_MINUTES;
      } else {
        out.add(new long[] {f, f + FIVE_MINUTES});
      }
    }
    return out;
  }

  /**
   * The tier's own rows in [from, to) as points: only the columns a point shows are read (two
   * thirds of them; PostgreSQL's time to send a week of 100 series falls with the columns).
   */
  private void completeRows(long from, long to) throws SQLException {
    if (from >= to) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, bucket, count, sum, min, max, increase, seconds FROM "
                + tier.table()
                + " WHERE series_id = ANY(?) AND bucket >= ? AND bucket < ?")) {
      ps.setArray(1, c.createArrayOf("bigint", meta.keySet().toArray()));
      ps.setLong(2, from);
      ps.setLong(3, to);
      ps.setFetchSize(FETCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long series = rs.getLong(1);
          long bucket = rs.getLong(2);
          int i = slot(bucket);
          boolean counter = meta.get(series).counterBits() > 0;
          complete.computeIfAbsent(series, k -> new SeriesPoint[slots()])[i] =
              SeriesPoints.bucket(
                  bucket,
                  rs.getLong(3),
                  rs.getDouble(4),
                  rs.getDouble(5),
                  rs.getDouble(6),
                  rs.getDouble(7),
                  rs.getDouble(8),
                  counter);
        }
      }
    }
  }

  /** 5-minute rows in [from, to) but for {@code skip}, merged into this tier's buckets. */
  private void fineRows(long from, long to, Collection<Long> skip) throws SQLException {
    if (from >= to) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, bucket, count, sum, min, max, first_ts, first, last_ts, last,"
                + " increase, seconds FROM "
                + RollupTier.FIVE_MINUTES.table()
                + " WHERE series_id = ANY(?) AND bucket >= ? AND bucket < ?"
                + " AND bucket <> ALL(?)")) {
      ps.setArray(1, c.createArrayOf("bigint", meta.keySet().toArray()));
      ps.setLong(2, from);
      ps.setLong(3, to);
      ps.setArray(4, c.createArrayOf("bigint", skip.toArray()));
      ps.setFetchSize(FETCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long bucket = Buckets.startOf(rs.getLong(2), w);
          add(
              rs.getLong(1),
              new Bucket(
                  bucket,
                  rs.getLong(3),
                  rs.getDouble(4),
                  rs.getDouble(5),
                  rs.getDouble(6),
                  rs.getLong(7),
                  rs.getDouble(8),
                  rs.getLong(9),
                  rs.getDouble(10),
                  rs.getDouble(11),
                  rs.getDouble(12),
                  null));
        }
      }
    }
  }

  /** Buckets of raw samples in [from, to), each series continuing from its sample before. */
  private void fromRaw(long from, long to) throws SQLException {
    Map<Long, Samples> samples = RawSamples.read(c, meta.keySet(), from, to);
    Map<Long, Reading> before = RawSamples.before(c, RawSamples.counters(meta), from);
    for (Map.Entry<Long, Samples> e : samples.entrySet()) {
      int bits = meta.get(e.getKey()).counterBits();
      for (Bucket bucket : Buckets.of(e.getValue(), w, bits, before.get(e.getKey()))) {
        add(e.getKey(), bucket);
      }
    }
  }

  private void add(long series, Bucket b) {
    Bucket[] slots = buckets.computeIfAbsent(series, k -> new Bucket[slots()]);
    int i = slot(b.start());
    if (i < 0 || i >= slots.length) {
      return; // outside the range read: no point of the answer shows it
    }
    slots[i] = slots[i] == null ? b : slots[i].merge(b, b.start());
  }

  private int slots() {
    return Math.toIntExact(Math.max(0, end - start) / w);
  }

  private int slot(long bucketStart) {
    return Math.toIntExact((bucketStart - start) / w);
  }
}
