package org.pattoo.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;
import org.pattoo.storage.ChunkReader;
import org.pattoo.storage.SampleTable;

/** Reads of raw numeric samples for series queries. */
final class RawSamples {

  private RawSamples() {}

  /**
   * Numeric samples in [from, to) per series, in time order: the partitions' rows, then the sealed
   * days' chunks merged in (in that order; see {@link ChunkReader}).
   */
  static Map<Long, Samples> read(Connection c, Collection<Long> ids, long from, long to)
      throws SQLException {
    Map<Long, Samples> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT series_id, ts, value, counter FROM sample"
                + " WHERE series_id = ANY(?) AND ts >= ? AND ts < ? ORDER BY series_id, ts")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setLong(2, from);
      ps.setLong(3, to);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new Samples())
              .add(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4));
        }
      }
    }
    return ChunkReader.merge(out, ChunkReader.read(c, ids, from, to));
  }

  static List<Long> counters(Map<Long, SeriesMeta> meta) {
    return meta.values().stream().filter(m -> m.counterBits() > 0).map(SeriesMeta::id).toList();
  }

  /** For each series, its last sample in the day before {@code at}, stored in rows or sealed. */
  static Map<Long, Reading> before(Connection c, List<Long> ids, long at) throws SQLException {
    Map<Long, Reading> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, s.ts, s.value, s.counter FROM unnest(?::bigint[]) id CROSS JOIN LATERAL"
                + " (SELECT ts, value, counter FROM sample WHERE series_id = id AND ts < ?"
                + "  AND ts >= ? ORDER BY ts DESC LIMIT 1) s")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      ps.setLong(2, at);
      ps.setLong(3, at - SampleTable.DAY_MS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), Reading.of(rs.getLong(2), rs.getDouble(3), rs.getBigDecimal(4)));
        }
      }
    }
    for (Map.Entry<Long, Samples> sealed :
        ChunkReader.read(c, ids, at - SampleTable.DAY_MS, at).entrySet()) {
      Reading last = sealed.getValue().last();
      out.merge(sealed.getKey(), last, (row, chunk) -> chunk.ts() >= row.ts() ? chunk : row);
    }
    return out;
  }
}
