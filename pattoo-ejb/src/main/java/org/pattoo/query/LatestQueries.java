package org.pattoo.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.sql.DataSource;
import org.pattoo.config.Settings;
import org.pattoo.series.CounterMath;
import org.pattoo.series.Samples;
import org.pattoo.storage.ChunkReader;
import org.pattoo.storage.SampleTable;

/** The newest sample of series, for "current state" panels. */
@Stateless
public class LatestQueries {

  @Inject private DataSource dataSource;

  @Inject private Clock clock;
  @Inject private Settings settings;

  /**
   * The newest sample of each series that has one, in the order of {@code ids}. Looks in the last
   * day first, which finds live series without touching older partitions.
   */
  public List<LatestSample> latest(List<Long> ids) throws QueryException, SQLException {
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout())) {
      Map<Long, SeriesMeta> meta = SeriesMeta.load(c, ids);
      Map<Long, LatestSample> found = new HashMap<>();
      long recent = clock.millis() - SampleTable.DAY_MS;
      latestNumbers(
          c,
          meta.values().stream().filter(m -> !m.isText()).toList(),
          recent,
          settings.seal(),
          found);
      for (long since : new long[] {recent, Long.MIN_VALUE}) {
        List<SeriesMeta> missing =
            meta.values().stream().filter(m -> m.isText() && !found.containsKey(m.id())).toList();
        latestTexts(c, missing, since, found);
      }
      return meta.keySet().stream().filter(found::containsKey).map(found::get).toList();
    }
  }

  /**
   * The newest sample of numeric series, with a counter's rate from the two newest. They are in
   * rows (looked for in the last day first) or in chunks: hot samples are folded into chunks within
   * minutes, and a late row may be older than a chunk. Rows are read before chunks (see {@link
   * ChunkReader}); a timestamp in both is one sample.
   */
  private static void latestNumbers(
      Connection c,
      List<SeriesMeta> series,
      long recent,
      boolean folded,
      Map<Long, LatestSample> found)
      throws SQLException {
    if (series.isEmpty()) {
      return;
    }
    Map<Long, Samples> rows = new HashMap<>();
    for (long since : new long[] {recent, Long.MIN_VALUE}) {
      List<Long> missing =
          series.stream().map(SeriesMeta::id).filter(id -> !rows.containsKey(id)).toList();
      newestRows(c, missing, since, folded, rows);
    }
    Map<Long, Samples> newest =
        ChunkReader.newest(c, series.stream().map(SeriesMeta::id).toList(), rows);
    for (SeriesMeta m : series) {
      Samples s = newest.getOrDefault(m.id(), new Samples());
      int n = s.size();
      if (n == 0) {
        continue;
      }
      Double rate = null;
      if (m.counterBits() > 0 && n > 1) {
        OptionalDouble r = CounterMath.rate(s.reading(n - 2), s.reading(n - 1), m.counterBits());
        rate = r.isPresent() ? r.getAsDouble() : null;
      }
      found.put(m.id(), new LatestSample(m.id(), s.ts(n - 1), s.value(n - 1), null, rate));
    }
  }

  /**
   * The newest rows at or after {@code since} of each series, oldest first. Folded partitions hold
   * minutes of rows under an index that leads with {@code ts}, so one pass reads them all; rows
   * kept all day have a {@code (series_id, ts)} index to look each series' two newest up in.
   */
  private static void newestRows(
      Connection c, List<Long> ids, long since, boolean folded, Map<Long, Samples> into)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            folded
                ? "SELECT series_id, ts, value, counter FROM sample"
                    + " WHERE series_id = ANY(?::bigint[]) AND ts >= ? ORDER BY 1, 2"
                : "SELECT id, s.ts, s.value, s.counter FROM unnest(?::bigint[]) id CROSS JOIN"
                    + " LATERAL (SELECT ts, value, counter FROM sample WHERE series_id = id"
                    + "  AND ts >= ? ORDER BY ts DESC LIMIT 2) s ORDER BY id, s.ts")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setLong(2, since);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          into.computeIfAbsent(rs.getLong(1), k -> new Samples())
              .add(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4));
        }
      }
    }
  }

  private static void latestTexts(
      Connection c, List<SeriesMeta> series, long since, Map<Long, LatestSample> found)
      throws SQLException {
    if (series.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, s.ts, s.value FROM unnest(?::bigint[]) id CROSS JOIN LATERAL"
                + " (SELECT ts, value FROM sample_text WHERE series_id = id AND ts >= ?"
                + "  ORDER BY ts DESC LIMIT 1) s")) {
      ps.setArray(1, c.createArrayOf("bigint", series.stream().map(SeriesMeta::id).toArray()));
      ps.setLong(2, since);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          found.put(id, new LatestSample(id, rs.getLong(2), null, rs.getString(3), null));
        }
      }
    }
  }
}
