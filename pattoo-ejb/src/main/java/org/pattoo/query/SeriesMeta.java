package org.pattoo.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pattoo.series.DataType;

/** What reading a series needs to know about it. */
record SeriesMeta(long id, int dataType, long pollingMs) {

  static final int MAX_IDS = 10_000;

  /** The series of {@code ids}, in their order without repeats; unknown ids are an error. */
  static Map<Long, SeriesMeta> load(Connection c, List<Long> ids)
      throws QueryException, SQLException {
    if (ids.isEmpty() || ids.size() > MAX_IDS) {
      throw new QueryException(
          "datapointIds: expecting 1-" + MAX_IDS + " ids, found " + ids.size());
    }
    Map<Long, SeriesMeta> known = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT idx_datapoint, data_type, polling_interval FROM datapoint"
                + " WHERE idx_datapoint = ANY(?)")) {
      ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          known.put(rs.getLong(1), new SeriesMeta(rs.getLong(1), rs.getInt(2), rs.getLong(3)));
        }
      }
    }
    Map<Long, SeriesMeta> out = new LinkedHashMap<>();
    TreeSet<Long> unknown = new TreeSet<>();
    for (long id : ids) {
      if (known.containsKey(id)) {
        out.put(id, known.get(id));
      } else {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new QueryException("unknown datapoint ids: " + unknown);
    }
    return out;
  }

  boolean isText() {
    return dataType == DataType.STRING.code();
  }

  /** 32 or 64 for counters, 0 otherwise. */
  int counterBits() {
    return DataType.counterBits(dataType);
  }
}
