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
import org.pattoo.series.Reading;
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
      List<SeriesMeta> quiet = List.of();
      for (long since : new long[] {recent, Long.MIN_VALUE}) {
        List<SeriesMeta> missing =
            meta.values().stream().filter(m -> !found.containsKey(m.id())).toList();
        if (since == Long.MIN_VALUE) {
          quiet = missing.stream().filter(m -> !m.isText()).toList();
        }
        latestNumbers(c, missing.stream().filter(m -> !m.isText()).toList(), since, found);
        latestTexts(c, missing.stream().filter(SeriesMeta::isText).toList(), since, found);
      }
      latestSealed(c, quiet, found);
      return meta.keySet().stream().filter(found::containsKey).map(found::get).toList();
    }
  }

  /**
   * Series quiet for a day may have their newest samples in a sealed day's chunk: it wins over a
   * row found when it is newer (rows beside a chunk are late samples of that day or older ones).
   */
  private static void latestSealed(
      Connection c, List<SeriesMeta> series, Map<Long, LatestSample> found) throws SQLException {
    Map<Long, Samples> newest = ChunkReader.newest(c, series.stream().map(SeriesMeta::id).toList());
    for (SeriesMeta m : series) {
      Samples s = newest.get(m.id());
      if (s == null || s.size() == 0) {
        continue;
      }
      int n = s.size();
      LatestSample row = found.get(m.id());
      if (row == null || row.timestamp() < s.ts(n - 1)) {
        Double rate = null;
        if (m.counterBits() > 0 && n > 1) {
          OptionalDouble r = CounterMath.rate(s.reading(n - 2), s.reading(n - 1), m.counterBits());
          rate = r.isPresent() ? r.getAsDouble() : null;
        }
        found.put(m.id(), new LatestSample(m.id(), s.ts(n - 1), s.value(n - 1), null, rate));
      }
    }
  }

  private static void latestNumbers(
      Connection c, List<SeriesMeta> series, long since, Map<Long, LatestSample> found)
      throws SQLException {
    if (series.isEmpty()) {
      return;
    }
    Map<Long, SeriesMeta> byId = new HashMap<>();
    series.forEach(m -> byId.put(m.id(), m));
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, s.ts, s.value, s.counter FROM unnest(?::bigint[]) id CROSS JOIN LATERAL"
                + " (SELECT ts, value, counter FROM sample WHERE series_id = id AND ts >= ?"
                + "  ORDER BY ts DESC LIMIT 2) s ORDER BY id, s.ts DESC")) {
      ps.setArray(1, c.createArrayOf("bigint", byId.keySet().toArray()));
      ps.setLong(2, since);
      Map<Long, Reading> newestReadings = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          Reading reading = Reading.of(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4));
          Reading newer = newestReadings.putIfAbsent(id, reading);
          int bits = byId.get(id).counterBits();
          if (newer == null) {
            found.put(id, new LatestSample(id, reading.ts(), rs.getDouble(3), null, null));
          } else if (bits > 0) {
            OptionalDouble rate = CounterMath.rate(reading, newer, bits);
            found.put(
                id,
                new LatestSample(
                    id,
                    newer.ts(),
                    found.get(id).value(),
                    null,
                    rate.isPresent() ? rate.getAsDouble() : null));
          }
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
