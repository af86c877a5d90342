package org.pattoo.query;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Finds series by agent and key, with their labels and newest sample. */
@Stateless
public class DatapointQueries {

  @Resource(lookup = "jdbc/pattoo")
  private DataSource dataSource;

  /**
   * Series of an agent id and/or with a key prefix, ordered by key, at most {@code limit}.
   *
   * @throws SQLException when the database does not answer
   */
  public List<DatapointInfo> datapoints(
      Optional<String> agentId, Optional<String> keyPrefix, int limit) throws SQLException {
    String sql =
        "SELECT d.idx_datapoint, d.checksum, d.key, d.data_type, d.polling_interval, a.agent_id,"
            + " a.agent_polled_target, a.agent_program, a.agent_hostname,"
            + " (SELECT json_object_agg(p.key, p.value) FROM glue g JOIN pair p USING (idx_pair)"
            + "   WHERE g.idx_datapoint = d.idx_datapoint) AS labels,"
            + " n.ts, n.value::text, t.ts, t.value"
            + " FROM datapoint d JOIN agent a USING (idx_agent)"
            + " LEFT JOIN LATERAL (SELECT s.ts, s.value FROM sample s"
            + "   WHERE s.series_id = d.idx_datapoint ORDER BY s.ts DESC LIMIT 1) n ON d.data_type <> 2"
            + " LEFT JOIN LATERAL (SELECT s.ts, s.value FROM sample_text s"
            + "   WHERE s.series_id = d.idx_datapoint ORDER BY s.ts DESC LIMIT 1) t ON d.data_type = 2"
            + " WHERE (?::text IS NULL OR a.agent_id = ?) AND (?::text IS NULL OR d.key LIKE ?)"
            + " ORDER BY d.key, d.idx_datapoint LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, agentId.orElse(null));
      ps.setString(2, agentId.orElse(null));
      String like =
          keyPrefix
              .map(p -> p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
              .orElse(null);
      ps.setString(3, like);
      ps.setString(4, like);
      ps.setInt(5, limit);
      List<DatapointInfo> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean text = rs.getInt(4) == 2;
          Object ts = rs.getObject(text ? 13 : 11);
          out.add(
              new DatapointInfo(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getLong(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  labels(rs.getString(10)),
                  Optional.ofNullable(ts).map(v -> ((Number) v).longValue()),
                  Optional.ofNullable(rs.getString(text ? 14 : 12))));
        }
      }
      return out;
    }
  }

  /** The JSON object PostgreSQL built, read with the platform's JSON-P. */
  private static Map<String, String> labels(String json) {
    Map<String, String> out = new TreeMap<>();
    if (json != null) {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
        reader
            .readObject()
            .forEach((k, v) -> out.put(k, ((jakarta.json.JsonString) v).getString()));
      }
    }
    return out;
  }
}
