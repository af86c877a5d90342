package org.pattoo.rollup;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pattoo.series.DataType;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;
import org.pattoo.storage.ChunkCursor;
import org.pattoo.storage.ChunkReader;
import org.pattoo.storage.OwnTransaction;
import org.pattoo.storage.Partitions;
import org.pattoo.storage.SampleTable;

/**
 * Rolls closed 5-minute buckets from raw samples, then the hours and days they touch from the finer
 * tier, an hour of raw data per transaction. A watermark records how far it got, so a missed or
 * repeated run is harmless: rows are upserted, and the watermark moves with them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollupService {

  private static final Logger LOG = Logger.getLogger(RollupService.class.getName());

  /** A bucket is rolled once it has been closed this long, so samples in flight land first. */
  static final long LAG_MS = 60_000;

  static final long CHUNK_MS = 3_600_000;
  private static final long ADVISORY_LOCK = 0x7061_7474_6f6f_0002L;
  private static final String COLUMNS =
      "series_id, bucket, count, sum, min, max, first_ts, first, last_ts, last, increase, seconds,"
          + " last_counter";

  @Inject private DataSource dataSource;

  @Inject private Clock clock;

  /**
   * Announces the buckets closed by now, re-rolls buckets that late samples fell into, then rolls
   * the announced range; returns the 5-minute watermark reached (epoch ms).
   */
  public long catchUp() throws SQLException {
    long to = RollupTier.FIVE_MINUTES.bucketOf(clock.millis() - LAG_MS);
    try (Connection c = dataSource.getConnection()) {
      long[] marks = announce(c, to);
      rollDirty(c, marks[0]);
      long from = marks[0];
      long until = marks[1];
      LastSamples last = new LastSamples(SeriesFilter.ALL);
      for (long day : sampleDaysFrom(c, SampleTable.dayOf(from))) {
        long start = Math.max(from, day * SampleTable.DAY_MS);
        long dayEnd = Math.min(until, (day + 1) * SampleTable.DAY_MS);
        for (long t = start; t < dayEnd; t = Math.min(dayEnd, t + CHUNK_MS)) {
          long chunkStart = t;
          long chunkEnd = Math.min(dayEnd, t + CHUNK_MS);
          OwnTransaction.run(c, st -> rollChunk(c, st, chunkStart, chunkEnd, last));
        }
        from = Math.max(from, dayEnd);
      }
      if (from < until) {
        OwnTransaction.run(c, st -> setDone(c, until));
        from = until;
      }
      return from;
    }
  }

  /**
   * Moves the announcement to {@code to} under the exclusive lock, which waits for ingestion
   * transactions in flight; returns {done, announced}.
   */
  private long[] announce(Connection c, long to) throws SQLException {
    long[] marks = new long[2];
    OwnTransaction.run(
        c,
        st -> {
          st.execute("SELECT pg_advisory_xact_lock(" + LateSamples.ANNOUNCE_LOCK + ")");
          try (ResultSet rs =
              st.executeQuery(
                  "SELECT done_until, announced_until FROM rollup_watermark WHERE tier = '5m'")) {
            if (rs.next()) {
              marks[0] = rs.getLong(1);
              marks[1] = Math.max(rs.getLong(2), to);
            } else {
              marks[0] = firstBucket(c);
              marks[1] = Math.max(marks[0], to);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO rollup_watermark (tier, done_until, announced_until)"
                      + " VALUES ('5m', ?, ?) ON CONFLICT (tier)"
                      + " DO UPDATE SET announced_until = EXCLUDED.announced_until")) {
            ps.setLong(1, marks[0]);
            ps.setLong(2, marks[1]);
            ps.executeUpdate();
          }
        });
    return marks;
  }

  /**
   * Rolls again the buckets late samples fell into, for the series marked (every series where a
   * range has too many), with the bucket after each and the hours and days above them. First claims
   * the marks it will roll; ranges roll an hour at a time, so a backfill re-rolls at catch-up
   * speed, and each chunk deletes the claimed marks whose last affected bucket it rolls, in the
   * same transaction. A mark written meanwhile is not claimed and stays for the next run.
   */
  private void rollDirty(Connection c, long done) throws SQLException {
    long five = RollupTier.FIVE_MINUTES.widthMs();
    DirtyRanges dirty = new DirtyRanges();
    OwnTransaction.run(
        c,
        st -> {
          st.executeUpdate("UPDATE rollup_dirty SET claimed = true WHERE NOT claimed");
          try (ResultSet rs =
              st.executeQuery(
                  "SELECT bucket, last_bucket, series_id FROM rollup_dirty WHERE claimed"
                      + " ORDER BY bucket")) {
            while (rs.next()) {
              dirty.add(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class));
            }
          }
        });
    List<DirtyRanges.Range> ranges = dirty.ranges();
    for (DirtyRanges.Range range : ranges) {
      SeriesFilter only = SeriesFilter.of(range.series());
      LastSamples last = new LastSamples(only);
      for (long t = range.from(); t < range.to(); t += CHUNK_MS) {
        long from = t;
        long to = Math.min(range.to(), t + CHUNK_MS);
        OwnTransaction.run(
            c,
            st -> {
              st.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
              st.execute("DELETE FROM rollup_dirty WHERE claimed AND last_bucket < " + (to - five));
              rollRange(c, st, from, to, Math.max(to, done), last, only);
            });
      }
    }
    if (!ranges.isEmpty()) {
      long restricted = ranges.stream().filter(r -> r.series() != null).count();
      LOG.info(
          "rolled again "
              + ranges.size()
              + " ranges of buckets that late samples reached ("
              + restricted
              + " for their marked series only)");
    }
  }

  private void rollChunk(Connection c, Statement st, long from, long to, LastSamples last)
      throws SQLException {
    st.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
    rollRange(c, st, from, to, to, last, SeriesFilter.ALL);
    setDone(c, to);
  }

  /**
   * The 5-minute buckets of [from, to) from raw samples, then the hours and days above them that
   * are complete: those ending by {@code completeUntil}, all for the series {@code only}. A coarse
   * bucket still open is merged by the chunk that completes it (queries assemble it from 5-minute
   * rows meanwhile), so catching up writes each hour and day once, not once per chunk.
   */
  private void rollRange(
      Connection c,
      Statement st,
      long from,
      long to,
      long completeUntil,
      LastSamples last,
      SeriesFilter only)
      throws SQLException {
    ensurePartitions(st, RollupTier.FIVE_MINUTES, from, to);
    ensurePartitions(st, RollupTier.HOUR, from, to);
    ensurePartitions(st, RollupTier.DAY, from, to);
    rollFiveMinutes(c, from, to, last, only);
    merge(st, RollupTier.FIVE_MINUTES, RollupTier.HOUR, from, to, completeUntil, only);
    merge(st, RollupTier.HOUR, RollupTier.DAY, from, to, completeUntil, only);
  }

  /**
   * Buckets of [from, to) from raw samples (the partitions' rows, with the sealed days' chunks
   * merged in), each series continuing from its last sample. Rows and chunks are read side by side
   * in series order, so only one series' samples are held at a time: a range of every series at
   * 150,000 points/s holds 90 M samples, more than the heap.
   */
  private void rollFiveMinutes(
      Connection c, long from, long to, LastSamples last, SeriesFilter only) throws SQLException {
    Map<Long, Integer> dataTypes = dataTypes(c, only);
    last.load(c, from);
    BucketRows rows = new BucketRows();
    // Rows first, chunks second: ChunkReader says why.
    try (RowCursor raw = new RowCursor(c, from, to, only);
        ChunkCursor sealed = ChunkCursor.open(c, only.ids(), from, to)) {
      for (long id = Math.min(raw.nextId(), sealed.nextId());
          id != ChunkCursor.END;
          id = Math.min(raw.nextId(), sealed.nextId())) {
        Samples samples = ChunkReader.merge(sealed.take(id), raw.take(id)); // the chunk's wins
        Integer dataType = dataTypes.get(id);
        if (dataType != null && samples.size() > 0) { // a deleted series has no buckets to feed
          new SeriesSamples(id, dataType, samples).rollInto(rows, from, last);
        }
      }
    }
    rows.upsert(c, RollupTier.FIVE_MINUTES.table());
    last.rolledUntil(to);
  }

  /** The data type of each series, or of the series {@code only}. */
  private static Map<Long, Integer> dataTypes(Connection c, SeriesFilter only) throws SQLException {
    Map<Long, Integer> out = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT idx_datapoint, data_type FROM datapoint WHERE true"
                    + only.sql("idx_datapoint"))) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getInt(2));
      }
    }
    return out;
  }

  /**
   * Recomputes the complete coarser buckets that [from, to) touches from the finer tier, for the
   * series {@code only}.
   */
  private static void merge(
      Statement st,
      RollupTier fine,
      RollupTier coarse,
      long from,
      long to,
      long completeUntil,
      SeriesFilter only)
      throws SQLException {
    long start = coarse.bucketOf(from);
    long end = Math.min(coarse.bucketOf(to - 1) + coarse.widthMs(), coarse.bucketOf(completeUntil));
    if (start >= end) {
      return;
    }
    long w = coarse.widthMs();
    st.execute(
        "INSERT INTO "
            + coarse.table()
            + " ("
            + COLUMNS
            + ")"
            + " SELECT series_id, (bucket / "
            + w
            + ") * "
            + w
            + ", sum(count), sum(sum),"
            + " min(min), max(max), min(first_ts), (array_agg(first ORDER BY first_ts))[1],"
            + " max(last_ts), (array_agg(last ORDER BY last_ts DESC))[1], sum(increase),"
            + " sum(seconds), (array_agg(last_counter ORDER BY last_ts DESC))[1] FROM "
            + fine.table()
            + " WHERE bucket >= "
            + start
            + " AND bucket < "
            + end
            + only.sql("series_id")
            + " GROUP BY 1, 2"
            + " ON CONFLICT (series_id, bucket) DO UPDATE SET "
            + BucketRows.UPDATE);
  }

  private static void ensurePartitions(Statement st, RollupTier tier, long from, long to)
      throws SQLException {
    TreeSet<Long> starts = new TreeSet<>();
    starts.add(tier.partitionStart(tier.bucketOf(from)));
    starts.add(tier.partitionStart(tier.bucketOf(to - 1)));
    for (long start : starts) {
      st.execute(tier.createPartitionSql(start));
    }
  }

  /** Where a first run starts: the oldest sample partition, or now when there is none. */
  private long firstBucket(Connection c) throws SQLException {
    List<Long> days = sampleDaysFrom(c, Long.MIN_VALUE);
    return days.isEmpty()
        ? RollupTier.FIVE_MINUTES.bucketOf(clock.millis())
        : days.get(0) * SampleTable.DAY_MS;
  }

  private static void setDone(Connection c, long doneUntil) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE rollup_watermark SET done_until = ? WHERE tier = '5m'")) {
      ps.setLong(1, doneUntil);
      ps.executeUpdate();
    }
  }

  /** Days with a numeric sample partition, from {@code fromDay} on, ascending. */
  private static List<Long> sampleDaysFrom(Connection c, long fromDay) throws SQLException {
    return Partitions.of(c, SampleTable.NUMBER.parent()).stream()
        .map(SampleTable::dayOfPartition)
        .filter(day -> day >= fromDay)
        .sorted()
        .toList();
  }

  /** One series' samples of a chunk, in time order. */
  private static final class SeriesSamples {
    final long id;
    final int bits;
    final Samples samples;

    SeriesSamples(long id, int dataType, Samples samples) {
      this.id = id;
      this.bits = DataType.counterBits(dataType);
      this.samples = samples;
    }

    /** Adds this series' buckets to {@code rows} and records its last sample. */
    void rollInto(BucketRows rows, long from, LastSamples last) {
      Reading before = last.before(from, id).orElse(null);
      rows.add(id, Buckets.of(samples, RollupTier.FIVE_MINUTES.widthMs(), bits, before));
      last.record(id, samples.last());
    }
  }
}
