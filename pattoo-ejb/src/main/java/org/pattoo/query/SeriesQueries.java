package org.pattoo.query;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pattoo.config.QuerySettings;
import org.pattoo.config.Settings;
import org.pattoo.rollup.Bucket;
import org.pattoo.rollup.Buckets;
import org.pattoo.rollup.RollupTier;
import org.pattoo.rollup.Watermark;
import org.pattoo.storage.SampleTable;

/**
 * Time-range reads: points of numeric series from raw samples or a rollup tier, and string history.
 * Buckets the rollup job has not reached yet are computed from raw samples on the fly, so a query
 * sees data as soon as it is stored.
 */
@Stateless
public class SeriesQueries {

  private static final Keyset BY_TIME = new Keyset(List.of("ts"), List.of("bigint"));

  @Resource(lookup = "jdbc/pattoo")
  private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private Clock clock;

  /** Points of each series over [from, to), in the order of {@code ids}. */
  public List<SeriesResult> series(List<Long> ids, long from, long to, Resolution requested)
      throws QueryException, SQLException {
    if (from >= to) {
      throw new QueryException("from (" + from + ") must be before to (" + to + ")");
    }
    try (Connection c = dataSource.getConnection()) {
      Map<Long, SeriesMeta> meta = SeriesMeta.load(c, ids);
      for (SeriesMeta m : meta.values()) {
        if (m.isText()) {
          throw new QueryException(
              "datapoint " + m.id() + " holds strings: read it with stringHistory");
        }
      }
      long polling = meta.values().stream().mapToLong(SeriesMeta::pollingMs).min().orElseThrow();
      QuerySettings limits = settings.query();
      Resolution resolution =
          requested == Resolution.AUTO
              ? Resolution.choose(
                  from, to, polling, clock.millis(), settings.retention(), limits.targetPoints())
              : requested;
      checkSize(meta.values(), from, to, resolution, limits.maxPoints());
      Map<Long, List<SeriesPoint>> points =
          resolution == Resolution.RAW
              ? raw(c, meta, from, to)
              : tier(c, meta, resolution.tier().orElseThrow(), from, to);
      List<SeriesResult> out = new ArrayList<>();
      for (SeriesMeta m : meta.values()) {
        out.add(
            new SeriesResult(
                m.id(), resolution, resolution.stepMs(m.pollingMs()), points.get(m.id())));
      }
      return out;
    }
  }

  /** A page of a string series' samples over [from, to), by time. */
  public Page<TextSample> strings(long id, long from, long to, PageRequest page)
      throws QueryException, SQLException {
    if (from >= to) {
      throw new QueryException("from (" + from + ") must be before to (" + to + ")");
    }
    try (Connection c = dataSource.getConnection()) {
      SeriesMeta m = SeriesMeta.load(c, List.of(id)).get(id);
      if (!m.isText()) {
        throw new QueryException("datapoint " + id + " holds numbers: read it with series");
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT ts, value"
                  + BY_TIME.select()
                  + " FROM sample_text WHERE series_id = ? AND ts >= ? AND ts < ? AND "
                  + BY_TIME.after(page)
                  + " ORDER BY "
                  + BY_TIME.orderBy(page)
                  + " LIMIT ?")) {
        ps.setLong(1, id);
        ps.setLong(2, from);
        ps.setLong(3, to);
        int i = BY_TIME.bind(ps, 4, page);
        ps.setInt(i, page.first() + 1);
        try (ResultSet rs = ps.executeQuery()) {
          return BY_TIME.page(rs, page, r -> new TextSample(r.getLong(1), r.getString(2)));
        }
      }
    }
  }

  /** The cursor values of a string sample list. */
  public static int stringCursorValues() {
    return BY_TIME.columns().size();
  }

  private static void checkSize(
      Collection<SeriesMeta> meta, long from, long to, Resolution resolution, int maxPoints)
      throws QueryException {
    long points = 0;
    for (SeriesMeta m : meta) {
      points += (to - from) / resolution.stepMs(m.pollingMs()) + 1;
    }
    if (points > maxPoints) {
      throw new QueryException(
          "range too large: about "
              + points
              + " points at "
              + resolution
              + " for "
              + meta.size()
              + " series, over the limit of "
              + maxPoints
              + " (pattoo.query.max-points); use a coarser resolution, a shorter range"
              + " or fewer series");
    }
  }

  private static Map<Long, List<SeriesPoint>> raw(
      Connection c, Map<Long, SeriesMeta> meta, long from, long to) throws SQLException {
    Map<Long, SampleArrays> samples = samples(c, meta.keySet(), from, to);
    Map<Long, double[]> before = before(c, counters(meta), from);
    Map<Long, List<SeriesPoint>> out = new HashMap<>();
    for (SeriesMeta m : meta.values()) {
      SampleArrays s = samples.getOrDefault(m.id(), new SampleArrays());
      double[] b = before.get(m.id());
      out.put(
          m.id(),
          SeriesPoints.raw(
              s.timestamps(),
              s.values(),
              m.counterBits(),
              b == null ? Buckets.NONE : (long) b[0],
              b == null ? 0 : b[1],
              m.pollingMs()));
    }
    return out;
  }

  /**
   * Buckets of one tier over [from, to): complete ones from the tier's table, the one the rollup
   * watermark falls in from its rolled 5-minute buckets, and the rest from raw samples.
   */
  private Map<Long, List<SeriesPoint>> tier(
      Connection c, Map<Long, SeriesMeta> meta, RollupTier tier, long from, long to)
      throws SQLException {
    long w = tier.widthMs();
    long start = Buckets.startOf(from, w);
    long end = Math.min(Buckets.startOf(to - 1, w), Buckets.startOf(clock.millis(), w)) + w;
    long rolled = Math.max(Watermark.doneUntil(c).orElse(start), start);
    long complete = Math.min(Buckets.startOf(rolled, w), end);
    Map<Long, Map<Long, Bucket>> buckets = new HashMap<>();
    readBuckets(c, tier.table(), meta.keySet(), start, complete, w, buckets);
    if (complete < rolled && complete < end) {
      readBuckets(c, RollupTier.FIVE_MINUTES.table(), meta.keySet(), complete, rolled, w, buckets);
    }
    if (rolled < end) {
      Map<Long, SampleArrays> samples = samples(c, meta.keySet(), rolled, end);
      Map<Long, double[]> before = before(c, counters(meta), rolled);
      for (Map.Entry<Long, SampleArrays> e : samples.entrySet()) {
        double[] b = before.get(e.getKey());
        List<Bucket> tail =
            Buckets.of(
                e.getValue().timestamps(),
                e.getValue().values(),
                w,
                meta.get(e.getKey()).counterBits(),
                b == null ? Buckets.NONE : (long) b[0],
                b == null ? 0 : b[1]);
        for (Bucket bucket : tail) {
          buckets
              .computeIfAbsent(e.getKey(), k -> new HashMap<>())
              .merge(bucket.start(), bucket, (x, y) -> x.merge(y, x.start()));
        }
      }
    }
    Map<Long, List<SeriesPoint>> out = new HashMap<>();
    for (SeriesMeta m : meta.values()) {
      out.put(
          m.id(),
          SeriesPoints.grid(
              buckets.getOrDefault(m.id(), Map.of()), start, end, w, m.counterBits() > 0));
    }
    return out;
  }

  /** Rows of a rollup table in [from, to), merged into buckets of width {@code w}. */
  private static void readBuckets(
      Connection c,
      String table,
      Collection<Long> ids,
      long from,
      long to,
      long w,
      Map<Long, Map<Long, Bucket>> into)
      throws SQLException {
    if (from >= to) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, bucket, count, sum, min, max, first_ts, first, last_ts, last,"
                + " increase, seconds FROM "
                + table
                + " WHERE series_id = ANY(?) AND bucket >= ? AND bucket < ?")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setLong(2, from);
      ps.setLong(3, to);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long start = Buckets.startOf(rs.getLong(2), w);
          Bucket b =
              new Bucket(
                  start,
                  rs.getLong(3),
                  rs.getDouble(4),
                  rs.getDouble(5),
                  rs.getDouble(6),
                  rs.getLong(7),
                  rs.getDouble(8),
                  rs.getLong(9),
                  rs.getDouble(10),
                  rs.getDouble(11),
                  rs.getDouble(12));
          into.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
              .merge(start, b, (x, y) -> x.merge(y, start));
        }
      }
    }
  }

  /** Numeric samples in [from, to) per series, in time order. */
  private static Map<Long, SampleArrays> samples(
      Connection c, Collection<Long> ids, long from, long to) throws SQLException {
    Map<Long, SampleArrays> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, ts, value FROM sample"
                + " WHERE series_id = ANY(?) AND ts >= ? AND ts < ? ORDER BY series_id, ts")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setLong(2, from);
      ps.setLong(3, to);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new SampleArrays())
              .add(rs.getLong(2), rs.getDouble(3));
        }
      }
    }
    return out;
  }

  private static List<Long> counters(Map<Long, SeriesMeta> meta) {
    return meta.values().stream().filter(m -> m.counterBits() > 0).map(SeriesMeta::id).toList();
  }

  /** For each series, its last sample in the day before {@code at}: {ts, value}. */
  private static Map<Long, double[]> before(Connection c, List<Long> ids, long at)
      throws SQLException {
    Map<Long, double[]> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, s.ts, s.value FROM unnest(?::bigint[]) id CROSS JOIN LATERAL"
                + " (SELECT ts, value FROM sample WHERE series_id = id AND ts < ? AND ts >= ?"
                + "  ORDER BY ts DESC LIMIT 1) s")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setLong(2, at);
      ps.setLong(3, at - SampleTable.DAY_MS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new double[] {rs.getLong(2), rs.getDouble(3)});
        }
      }
    }
    return out;
  }
}
