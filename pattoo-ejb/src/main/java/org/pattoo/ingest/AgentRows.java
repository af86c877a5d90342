package org.pattoo.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Series;

/**
 * The agent rows of new series: created on first sight, their program and hostname kept current.
 */
final class AgentRows {

  private AgentRows() {}

  /** An agent is one (agent id, polled target): the key {@link #upsert} returns ids by. */
  static String keyOf(Series s) {
    return s.agentId() + '\u0000' + s.target();
  }

  /** The ids of the agents of {@code series}, by {@link #keyOf}; missing agents are created. */
  static Map<String, Long> upsert(Connection c, List<Series> series) throws SQLException {
    Map<String, Series> distinct = new LinkedHashMap<>();
    series.forEach(s -> distinct.putIfAbsent(keyOf(s), s));
    // Sorted, so concurrent requests take row locks in the same order and never deadlock.
    List<Series> agents =
        distinct.values().stream().sorted(Comparator.comparing(AgentRows::keyOf)).toList();
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO agent (agent_id, agent_polled_target, agent_program, agent_hostname)"
                + " SELECT * FROM unnest(?, ?, ?, ?)"
                + " ON CONFLICT (agent_id, agent_polled_target) DO UPDATE"
                + " SET agent_program = EXCLUDED.agent_program,"
                + " agent_hostname = EXCLUDED.agent_hostname, ts_modified = now()"
                + " RETURNING idx_agent, agent_id, agent_polled_target")) {
      ps.setArray(
          1, SqlArrays.texts(c, agents.stream().map(Series::agentId).toArray(String[]::new)));
      ps.setArray(
          2, SqlArrays.texts(c, agents.stream().map(Series::target).toArray(String[]::new)));
      ps.setArray(
          3, SqlArrays.texts(c, agents.stream().map(Series::program).toArray(String[]::new)));
      ps.setArray(
          4, SqlArrays.texts(c, agents.stream().map(Series::hostname).toArray(String[]::new)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(2) + '\u0000' + rs.getString(3), rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
