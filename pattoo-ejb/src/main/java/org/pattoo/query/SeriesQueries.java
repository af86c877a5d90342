package org.pattoo.query;

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
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;

/**
 * Time-range reads: points of numeric series from raw samples or a rollup tier, and string history.
 * Buckets the rollup job has not reached yet are computed from raw samples on the fly, so a query
 * sees data as soon as it is stored.
 */
@Stateless
public class SeriesQueries {

  private static final Keyset BY_TIME = new Keyset(List.of("ts"), List.of("bigint"));

  @Inject private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private Clock clock;

  /** Points of each series over [from, to), in the order of {@code ids}. */
  public List<SeriesResult> series(List<Long> ids, long from, long to, Resolution requested)
      throws QueryException, SQLException {
    if (from >= to) {
      throw new QueryException("from (" + from + ") must be before to (" + to + ")");
    }
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout())) {
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
              : new TierRead(c, meta, resolution.tier().orElseThrow(), from, to, clock.millis())
                  .points();
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
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout())) {
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
    Map<Long, Samples> samples = RawSamples.read(c, meta.keySet(), from, to);
    Map<Long, Reading> before = RawSamples.before(c, RawSamples.counters(meta), from);
    Map<Long, List<SeriesPoint>> out = new HashMap<>();
    for (SeriesMeta m : meta.values()) {
      Samples s = samples.getOrDefault(m.id(), new Samples());
      out.put(m.id(), SeriesPoints.raw(s, m.counterBits(), before.get(m.id()), m.pollingMs()));
    }
    return out;
  }
}
