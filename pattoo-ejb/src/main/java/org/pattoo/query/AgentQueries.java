package org.pattoo.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.pattoo.config.Settings;

/** Lists agents, optionally of one program, sorted and paged. */
@Stateless
public class AgentQueries {

  @Inject private DataSource dataSource;

  @Inject private Settings settings;

  /** One page of agents, their program named in {@code language} where translated. */
  public Page<AgentInfo> page(
      Optional<String> program, AgentSort sort, PageRequest page, String language)
      throws SQLException {
    String sql =
        "SELECT a.idx_agent, a.agent_id, a.agent_polled_target, a.agent_program,"
            + " a.agent_hostname, a.enabled, t.translation, a.translation_group_id"
            + sort.keyset.select()
            + " FROM agent a LEFT JOIN (agent_translation t JOIN language l"
            + "   ON l.id = t.language_id AND l.code = ?) ON t.agent_program = a.agent_program"
            + " WHERE "
            + sort.keyset.after(page)
            + " AND (?::text IS NULL OR a.agent_program = ?)"
            + " ORDER BY "
            + sort.keyset.orderBy(page)
            + " LIMIT ?";
    try (Connection c = ReadConnections.open(dataSource, settings.query().statementTimeout());
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, language);
      int i = sort.keyset.bind(ps, 2, page);
      ps.setString(i++, program.orElse(null));
      ps.setString(i++, program.orElse(null));
      ps.setInt(i, page.first() + 1);
      try (ResultSet rs = ps.executeQuery()) {
        return sort.keyset.page(
            rs,
            page,
            r ->
                new AgentInfo(
                    r.getLong(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getBoolean(6),
                    Optional.ofNullable(r.getString(7)),
                    r.getLong(8)));
      }
    }
  }
}
