package org.pattoo.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.pattoo.config.Settings;
import org.pattoo.series.Samples;
import org.pattoo.storage.BinaryCopy;
import org.pattoo.storage.ChunkReader;
import org.pattoo.storage.ColdDays;
import org.pattoo.storage.DirectChunks;
import org.pattoo.storage.SampleTable;

/**
 * Writes a batch's samples straight into their daily partitions, one statement per day and table.
 * The rule for a repeated (series, timestamp) is "first write wins": the unique index turns it into
 * a no-op, counted as a duplicate, so re-posting a batch never duplicates a sample. String samples
 * are stored only when the value differs from the series' previous one.
 */
@ApplicationScoped
public class SampleWriter {

  private static final String UNIQUE_VIOLATION = "23505";

  @Inject private IngestMetrics metrics;
  @Inject private Settings settings;

  /** What became of a batch's samples. */
  public record Written(int stored, int duplicates, int unchanged) {}

  public Written write(Connection c, SampleBatch batch, long[] seriesIds) throws SQLException {
    int n = batch.size();
    long[] days = new long[n];
    Set<Long> numberDays = new TreeSet<>();
    List<Integer> texts = new ArrayList<>();
    long previousDay = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      days[i] = SampleTable.dayOf(batch.timestamp(i));
      if (batch.text(i) != null) {
        texts.add(i);
      } else if (days[i] != previousDay) { // mostly one day: skip boxing every sample
        numberDays.add(days[i]);
        previousDay = days[i];
      }
    }
    int numbersStored = 0;
    int numberCount = 0;
    for (long day : numberDays) {
      NumberRows rows = NumberRows.of(batch, seriesIds, days, day);
      numbersStored += writeNumbers(c, day, rows, batch.series().size());
      numberCount += rows.size();
    }
    int textsStored = writeTexts(c, batch, seriesIds, texts);
    return new Written(
        numbersStored + textsStored, numberCount - numbersStored, texts.size() - textsStored);
  }

  /**
   * Optimistic: a binary COPY, the fastest way into PostgreSQL, assumes the rows are new. If one is
   * not (the unique index says so), the COPY is undone and the rows go through {@link #insertNew}.
   * Rows older than the day's fold point may repeat a sample folded into a chunk, so those found in
   * the chunks are dropped first; rows newer than every chunk of the day cannot be in one.
   * Compacted days have no unique index, so their writes take {@link #insertNew}, one at a time per
   * day; so do the rare rows with a counter's exact value, which the COPY does not carry.
   *
   * <p>Rows holding many samples of each of the batch's {@code series} (a spool replayed, an
   * import) are written as chunks instead, under the day's lock alone, where nothing of theirs is
   * stored yet ({@link DirectChunks}).
   */
  private int writeNumbers(Connection c, long day, NumberRows rows, int series)
      throws SQLException {
    String partition = SampleTable.NUMBER.partition(day);
    // Compaction is one way, and it takes the day's lock alone: a partition found not compacted
    // under the shared lock keeps its unique index until this transaction ends.
    boolean cold = ColdDays.isCompacted(c, partition);
    DirectChunks direct =
        !cold && settings.seal() && DirectChunks.worthIt(rows.size(), series)
            ? DirectChunks.encode(
                day, rows.series(), rows.timestamps(), rows.values(), rows.exact())
            : null; // encoded before the lock, which other writers of the day then wait for
    Folded folded = lockDay(c, day, partition, cold || direct != null);
    if (!cold && folded.compacted()) {
      execute(c, ColdDays.lockSql(day)); // compacted between the look and the lock: rare
      cold = true;
    }
    if (direct != null && !cold && direct.writeIfNew(c, partition)) {
      metrics.chunked(direct.samples());
      return direct.samples();
    }
    long oldest = Arrays.stream(rows.timestamps()).min().orElseThrow();
    if (!cold && oldest < folded.until()) {
      execute(c, ColdDays.lateRowsLockSql(day)); // until the last fold has deleted its rows
    }
    if (oldest <= folded.newestInChunks()) {
      // The chunks stay as they are while the day's lock is held: what is not in them can repeat
      // only a row, which a hot day's unique index catches.
      rows = rows.without(sealed(c, rows, folded.newestInChunks()));
    }
    if (rows.size() == 0) {
      return 0;
    }
    if (cold || rows.exact() != null) {
      return insertNew(c, partition, rows);
    }
    if (settings.seal()) { // a folded day's unique index leads with the time
      RowOrder.byTime(rows.series(), rows.timestamps(), rows.values());
    } else {
      RowOrder.bySeries(rows.series(), rows.timestamps(), rows.values());
    }
    // A savepoint in SQL, not through JDBC's Savepoint: WildFly's pooled connections refuse
    // Connection.rollback(Savepoint) inside a container transaction.
    execute(c, "SAVEPOINT before_copy");
    try {
      long started = System.nanoTime();
      long copied =
          BinaryCopy.in(
              c,
              "COPY " + partition + " (series_id, ts, value) FROM STDIN (FORMAT binary)",
              BinaryCopy.rows(rows.series(), rows.timestamps(), rows.values()));
      execute(c, "RELEASE SAVEPOINT before_copy");
      metrics.copied((System.nanoTime() - started) / 1e9);
      return (int) copied;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      execute(c, "ROLLBACK TO SAVEPOINT before_copy");
    }
    return insertNew(c, partition, rows);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /**
   * How far a day is folded: rows before {@code until} may have been folded, and none of the day's
   * chunks holds a sample after {@code newestInChunks}; and whether it is compacted.
   */
  private record Folded(long until, long newestInChunks, boolean compacted) {}

  /**
   * Takes the day's lock (alone, or shared by hot days' writers) and reads how it is folded and
   * whether its {@code partition} is compacted.
   */
  private static Folded lockDay(Connection c, long day, String partition, boolean alone)
      throws SQLException {
    // Two statements in one round trip: the second's snapshot is taken once the lock is held, and
    // the fold writes chunks only under the day's lock alone.
    try (Statement st = c.createStatement()) {
      st.execute(
          (alone ? ColdDays.lockSql(day) : ColdDays.sharedLockSql(day))
              + "; SELECT (SELECT folded_until FROM sample_fold WHERE day = "
              + day
              + "), (SELECT max(last_ts) FROM sample_chunk WHERE day = "
              + day
              + "), "
              + ColdDays.compactedSql(partition));
      st.getMoreResults();
      try (ResultSet rs = st.getResultSet()) {
        rs.next();
        long until = rs.getLong(1);
        until = rs.wasNull() ? Long.MIN_VALUE : until;
        long newest = rs.getLong(2);
        newest = rs.wasNull() ? Long.MIN_VALUE : newest;
        return new Folded(until, newest, rs.getBoolean(3));
      }
    }
  }

  /**
   * The chunks of the rows' series over the rows' span up to {@code newest}, under the day's lock.
   */
  private static Map<Long, Samples> sealed(Connection c, NumberRows rows, long newest)
      throws SQLException {
    List<Long> ids = Arrays.stream(rows.series()).distinct().boxed().toList();
    LongSummaryStatistics span = Arrays.stream(rows.timestamps()).summaryStatistics();
    return ChunkReader.read(c, ids, span.getMin(), Math.min(span.getMax(), newest) + 1);
  }

  /**
   * Stores the rows whose (series, timestamp) is not stored yet, the first of any repeats within
   * the rows; works with or without the partition's unique index. The stored keys of the batch's
   * series and time span are read once (a compacted day's BRIN index finds them by series range),
   * then joined: checking row by row would scan a BRIN range per row.
   */
  private static int insertNew(Connection c, String partition, NumberRows rows)
      throws SQLException {
    long[] ids = Arrays.stream(rows.series()).distinct().sorted().toArray();
    LongSummaryStatistics span = Arrays.stream(rows.timestamps()).summaryStatistics();
    try (PreparedStatement ps =
        c.prepareStatement(
            "WITH stored AS MATERIALIZED (SELECT series_id, ts FROM "
                + partition
                + " WHERE series_id = ANY(?) AND series_id BETWEEN ? AND ? AND ts BETWEEN ? AND ?)"
                + " INSERT INTO "
                + partition
                + " (series_id, ts, value, counter) SELECT DISTINCT ON (u.s, u.t) u.s, u.t, u.v, u.x"
                + " FROM unnest(?, ?, ?, ?::numeric[]) WITH ORDINALITY AS u(s, t, v, x, o)"
                + " WHERE NOT EXISTS (SELECT 1 FROM stored p WHERE p.series_id = u.s AND p.ts = u.t)"
                + " ORDER BY u.s, u.t, u.o ON CONFLICT DO NOTHING")) {
      ps.setArray(1, SqlArrays.longs(c, ids));
      ps.setLong(2, ids[0]);
      ps.setLong(3, ids[ids.length - 1]);
      ps.setLong(4, span.getMin());
      ps.setLong(5, span.getMax());
      ps.setArray(6, SqlArrays.longs(c, rows.series()));
      ps.setArray(7, SqlArrays.longs(c, rows.timestamps()));
      ps.setArray(8, SqlArrays.doubles(c, rows.values()));
      // No exact values: a NULL array, which unnest pads with NULLs (no array of NULLs to send).
      ps.setArray(9, rows.exact() == null ? null : c.createArrayOf("numeric", rows.exact()));
      return ps.executeUpdate();
    }
  }

  /**
   * Within the batch, a value equal to the one before it in the same series is dropped here; the
   * first sample of each series is compared in SQL with the latest stored value before it.
   */
  private int writeTexts(Connection c, SampleBatch batch, long[] seriesIds, List<Integer> samples)
      throws SQLException {
    List<Integer> sorted =
        samples.stream()
            .sorted(
                Comparator.<Integer>comparingLong(i -> seriesIds[batch.seriesIndex(i)])
                    .thenComparingLong(batch::timestamp))
            .toList();
    Map<Long, List<Integer>> byDay = new TreeMap<>();
    Map<Integer, Boolean> firstOfSeries = new java.util.HashMap<>();
    Integer previous = null;
    for (int i : sorted) {
      boolean first = previous == null || batch.seriesIndex(previous) != batch.seriesIndex(i);
      if (first || !Objects.equals(batch.text(previous), batch.text(i))) {
        byDay.computeIfAbsent(SampleTable.dayOf(batch.timestamp(i)), d -> new ArrayList<>()).add(i);
        firstOfSeries.put(i, first);
      }
      previous = i;
    }
    int stored = 0;
    for (Map.Entry<Long, List<Integer>> day : byDay.entrySet()) {
      List<Integer> rows = day.getValue();
      boolean[] first = new boolean[rows.size()];
      IntStream.range(0, rows.size()).forEach(j -> first[j] = firstOfSeries.get(rows.get(j)));
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO "
                  + SampleTable.TEXT.partition(day.getKey())
                  + " (series_id, ts, value) SELECT u.s, u.t, u.v FROM unnest(?, ?, ?, ?)"
                  + " AS u(s, t, v, first) WHERE NOT u.first OR u.v IS DISTINCT FROM"
                  + " (SELECT p.value FROM sample_text p WHERE p.series_id = u.s AND p.ts < u.t"
                  + " ORDER BY p.ts DESC LIMIT 1) ON CONFLICT DO NOTHING")) {
        ps.setArray(
            1,
            SqlArrays.longs(
                c, rows.stream().mapToLong(i -> seriesIds[batch.seriesIndex(i)]).toArray()));
        ps.setArray(2, SqlArrays.longs(c, rows.stream().mapToLong(batch::timestamp).toArray()));
        ps.setArray(3, SqlArrays.texts(c, rows.stream().map(batch::text).toArray(String[]::new)));
        ps.setArray(4, SqlArrays.booleans(c, first));
        stored += ps.executeUpdate();
      }
    }
    return stored;
  }
}
