package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Plain SQL for in-container ITs, on the application's data source, and checks of what it reads.
 */
record Sql(DataSource dataSource) {

  long number(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void update(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Each row's columns as text, the {@code ?}s bound to {@code params} in order. */
  List<List<String>> rows(String sql, long... params) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setLong(i + 1, params[i]);
      }
      List<List<String>> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.add(rs.getString(i));
          }
          out.add(row);
        }
      }
      return out;
    }
  }

  long seriesId(org.pattoo.series.Series s) throws Exception {
    return number("SELECT idx_datapoint FROM datapoint WHERE checksum = '" + s.checksum() + "'");
  }

  /** The numeric rows (samples not in chunks) of series {@code ids}. */
  long rowCount(List<Long> ids) throws Exception {
    return number(
        "SELECT count(*) FROM sample WHERE series_id IN ("
            + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
            + ")");
  }

  /** The series' chunks hold {@code samples} in all and never overlap in time. */
  void assertChunks(long id, long samples) throws Exception {
    List<List<String>> chunks =
        rows(
            "SELECT count, first_ts, last_ts FROM sample_chunk WHERE series_id = ? ORDER BY first_ts",
            id);
    assertEquals(samples, chunks.stream().mapToLong(r -> Long.parseLong(r.get(0))).sum());
    for (int i = 1; i < chunks.size(); i++) {
      assertTrue(
          Long.parseLong(chunks.get(i - 1).get(2)) < Long.parseLong(chunks.get(i).get(1)),
          "chunks overlap: " + chunks);
    }
  }

  /**
   * A day 9-28 days back that holds no chunk and whose partition, if another test made one, is not
   * compacted.
   */
  long unusedHotDay() throws Exception {
    return hotDay(true);
  }

  /**
   * A day 9-28 days back whose partition, if another test made one, is not compacted (ITs that use
   * it deploy with compact-after 30 days; other deployments' timers, 1-2 days, compact what they
   * find; raw retention is 35 days); with {@code withoutChunks}, also holding no chunk.
   */
  long hotDay(boolean withoutChunks) throws Exception {
    long today = SampleTable.dayOf(System.currentTimeMillis());
    for (long day = today - 9; day > today - 29; day--) {
      String partition = "to_regclass('" + SampleTable.NUMBER.partition(day) + "')";
      if ((!withoutChunks || number("SELECT count(*) FROM sample_chunk WHERE day = " + day) == 0)
          && number(
                  "SELECT ("
                      + partition
                      + " IS NULL OR EXISTS (SELECT 1 FROM pg_index WHERE indrelid = "
                      + partition
                      + " AND indisunique))::int")
              == 1) {
        return day;
      }
    }
    throw new IllegalStateException("every day 9-28 days back is compacted or holds chunks");
  }
}
