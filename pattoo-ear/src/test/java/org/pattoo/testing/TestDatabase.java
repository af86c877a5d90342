package org.pattoo.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the test database, to check what the server stored, independently of it. */
public final class TestDatabase {

  private TestDatabase() {}

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("pattoo.test.db-url"),
        System.getProperty("pattoo.test.db-user"),
        System.getProperty("pattoo.test.db-password"));
  }

  /**
   * Removes what earlier runs stored for these agents, so a test can be run again on the same
   * database. Call before the deployment's first post: the server caches series ids.
   */
  public static void forgetAgents(String... agentIds) throws SQLException {
    try (Connection c = connect()) {
      for (String table : List.of("sample", "sample_text")) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM "
                    + table
                    + " WHERE series_id IN (SELECT d.idx_datapoint FROM datapoint d"
                    + " JOIN agent a USING (idx_agent) WHERE a.agent_id = ANY(?))")) {
          ps.setArray(1, c.createArrayOf("text", agentIds));
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM agent WHERE agent_id = ANY(?)")) {
        ps.setArray(1, c.createArrayOf("text", agentIds));
        ps.executeUpdate();
      }
    }
  }

  /** Runs one statement, e.g. to set up what an admin would. */
  public static void execute(String sql, Object... params) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.execute();
    }
  }

  /** The id of an agent's datapoint with this (prefixed) key; 0 when it has none. */
  public static long datapointId(String agentId, String key) throws SQLException {
    return number(
        "SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
            + " WHERE a.agent_id = ? AND d.key = ?",
        agentId,
        key);
  }

  /** The single number a query returns (a count, a max). */
  public static long number(String sql, Object... params) throws SQLException {
    List<List<String>> rows = rows(sql, params);
    return rows.isEmpty() || rows.get(0).get(0) == null ? 0 : Long.parseLong(rows.get(0).get(0));
  }

  /** Every row, each as its columns' text. */
  public static List<List<String>> rows(String sql, Object... params) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<List<String>> out = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getString(i));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** All samples of one agent id, as "key|ts|value" lines, ordered. */
  public static List<String> samplesOfAgent(String agentId) throws SQLException {
    return rows(
            "SELECT d.key, s.ts, s.value::text FROM sample s"
                + " JOIN datapoint d ON d.idx_datapoint = s.series_id"
                + " JOIN agent a ON a.idx_agent = d.idx_agent WHERE a.agent_id = ?"
                + " UNION ALL SELECT d.key, s.ts, s.value FROM sample_text s"
                + " JOIN datapoint d ON d.idx_datapoint = s.series_id"
                + " JOIN agent a ON a.idx_agent = d.idx_agent WHERE a.agent_id = ?"
                + " ORDER BY 1, 2",
            agentId,
            agentId)
        .stream()
        .map(r -> String.join("|", r))
        .toList();
  }

  /** Rows in every sample table: a request that fails must leave this unchanged. */
  public static long totalSamples() throws SQLException {
    return number("SELECT (SELECT count(*) FROM sample) + (SELECT count(*) FROM sample_text)");
  }

  public static long totalSeries() throws SQLException {
    return number("SELECT count(*) FROM datapoint");
  }
}
