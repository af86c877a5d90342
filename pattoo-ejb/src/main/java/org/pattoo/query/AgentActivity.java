package org.pattoo.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.pattoo.config.Settings;
import org.pattoo.storage.SampleTable;

/**
 * What an agents list shows beside each agent: how many datapoints it has and when it last sent a
 * sample. Agent rows are not touched by ingestion, so "last seen" is each series' newest sample of
 * the last day, found through the (series, time) index: one lookup per series.
 */
@Stateless
public class AgentActivity {

  /** An agent's datapoint count, and epoch ms of its newest sample in the last day (0: none). */
  public record Activity(long datapoints, long lastSeen) {}

  @Inject private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private Clock clock;

  public Map<Long, Activity> of(Collection<Long> agents) throws SQLException {
    Map<Long, Activity> out = new HashMap<>();
    if (agents.isEmpty()) {
      return out;
    }
    String newest =
        "(SELECT ts FROM %s WHERE series_id = d.idx_datapoint AND ts >= ? ORDER BY ts DESC LIMIT 1)";
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout());
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT d.idx_agent, count(*), coalesce(max(greatest("
                    + newest.formatted("sample")
                    + ", "
                    + newest.formatted("sample_text")
                    + ")), 0) FROM datapoint d WHERE d.idx_agent = ANY(?) GROUP BY d.idx_agent")) {
      long since = clock.millis() - SampleTable.DAY_MS;
      ps.setLong(1, since);
      ps.setLong(2, since);
      ps.setArray(3, c.createArrayOf("bigint", agents.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new Activity(rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }
}
