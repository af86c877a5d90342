package org.pattoo.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.pattoo.config.Settings;
import org.pattoo.json.Jsonp;

/** Lists series with their labels and translations, filtered, sorted and paged. */
@Stateless
public class DatapointQueries {

  private static final String COLUMNS =
      "SELECT d.idx_datapoint, d.checksum, d.key, d.data_type, d.polling_interval, d.enabled,"
          + " a.agent_id, a.agent_polled_target, a.agent_program, a.agent_hostname,"
          + " (SELECT json_object_agg(p.key, p.value) FROM glue g JOIN pair p USING (idx_pair)"
          + "   WHERE g.idx_datapoint = d.idx_datapoint) AS labels,"
          + " t.translation, t.units";

  /** The translation of the agent's group in the language asked, else of the default group. */
  private static final String FROM =
      " FROM datapoint d JOIN agent a USING (idx_agent)"
          + " LEFT JOIN LATERAL (SELECT t.translation, t.units FROM key_translation t"
          + "   JOIN language l ON l.id = t.language_id AND l.code = ?"
          + "   WHERE t.key = d.key AND t.translation_group_id IN (a.translation_group_id, 1)"
          + "   ORDER BY t.translation_group_id = a.translation_group_id DESC LIMIT 1) t ON true";

  @Inject private DataSource dataSource;

  @Inject private Settings settings;

  /** One page of the series matching {@code filter}, labelled in {@code language}. */
  public Page<DatapointInfo> page(
      DatapointFilter filter, DatapointSort sort, PageRequest page, String language)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE ").append(sort.keyset.after(page));
    condition(where, params, "a.agent_id = ?", filter.agentId());
    condition(where, params, "a.agent_polled_target = ?", filter.target());
    condition(where, params, "d.key = ?", filter.key());
    condition(where, params, "d.key LIKE ?", filter.keyPrefix().map(DatapointQueries::prefix));
    condition(where, params, "d.data_type = ?", filter.dataType());
    filter
        .metadata()
        .forEach(
            (k, v) -> {
              where.append(
                  " AND EXISTS (SELECT 1 FROM glue g JOIN pair p USING (idx_pair)"
                      + " WHERE g.idx_datapoint = d.idx_datapoint AND p.key = ? AND p.value = ?)");
              params.add(k);
              params.add(v);
            });
    String sql =
        COLUMNS
            + sort.keyset.select()
            + FROM
            + where
            + " ORDER BY "
            + sort.keyset.orderBy(page)
            + " LIMIT ?";
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout());
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, language);
      int i = sort.keyset.bind(ps, 2, page);
      for (Object p : params) {
        ps.setObject(i++, p);
      }
      ps.setInt(i, page.first() + 1);
      try (ResultSet rs = ps.executeQuery()) {
        return sort.keyset.page(rs, page, DatapointQueries::read);
      }
    }
  }

  /**
   * The series with these ids, in the order of {@code ids}, labelled in {@code language}; unknown
   * ids left out.
   */
  public List<DatapointInfo> byIds(Collection<Long> ids, String language) throws SQLException {
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout());
        PreparedStatement ps =
            c.prepareStatement(COLUMNS + FROM + " WHERE d.idx_datapoint = ANY(?)")) {
      ps.setString(1, language);
      ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
      Map<Long, DatapointInfo> found = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          DatapointInfo d = read(rs);
          found.put(d.idxDatapoint(), d);
        }
      }
      return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
  }

  private static void condition(
      StringBuilder where, List<Object> params, String sql, Optional<?> value) {
    value.ifPresent(
        v -> {
          where.append(" AND ").append(sql);
          params.add(v);
        });
  }

  /** A LIKE pattern matching keys that start with {@code prefix}, taken literally. */
  private static String prefix(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static DatapointInfo read(ResultSet rs) throws SQLException {
    return new DatapointInfo(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getLong(5),
        rs.getBoolean(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        labels(rs.getString(11)),
        Optional.ofNullable(rs.getString(12)),
        Optional.ofNullable(rs.getString(13)));
  }

  /** The JSON object PostgreSQL built, read with the platform's JSON-P. */
  private static Map<String, String> labels(String json) {
    Map<String, String> out = new TreeMap<>();
    if (json != null) {
      try (var reader = Jsonp.reader(new StringReader(json))) {
        reader
            .readObject()
            .forEach((k, v) -> out.put(k, ((jakarta.json.JsonString) v).getString()));
      }
    }
    return out;
  }
}
