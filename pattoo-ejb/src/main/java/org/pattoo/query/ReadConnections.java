package org.pattoo.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Connections for reads, bounded by {@code pattoo.query.statement-timeout}: one expensive request
 * cannot keep PostgreSQL busy for long. The timeout is set for the current transaction only, so a
 * pooled connection goes back to ingestion without it.
 */
public final class ReadConnections {

  /** SQLSTATE of a statement PostgreSQL cancelled, here because of the timeout. */
  public static final String CANCELLED = "57014";

  private ReadConnections() {}

  public static Connection open(DataSource dataSource, Duration statementTimeout)
      throws SQLException {
    Connection c = dataSource.getConnection();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('statement_timeout', ?, true)")) {
      ps.setString(1, statementTimeout.toMillis() + "ms");
      ps.execute();
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /** Whether a read failed because it ran longer than the statement timeout. */
  public static boolean timedOut(SQLException e) {
    return CANCELLED.equals(e.getSQLState());
  }
}
