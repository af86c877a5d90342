package org.pattoo.storage;

import java.sql.SQLException;

/**
 * Tells an outage (PostgreSQL unreachable, shutting down or out of connections: worth retrying,
 * 503) from any other database error (a fault of ours: 500, logged with a correlation id).
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  /** Connection failures (SQLSTATE 08), resource limits (53), shutdown (57P), pool exhaustion. */
  public static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
          return true;
        }
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("allocating a connection") || message.contains("Connection refused")) {
        return true;
      }
    }
    return false;
  }
}
