package org.pattoo.ingest;

import jakarta.ejb.ApplicationException;
import java.sql.SQLException;

/**
 * The database could not take a batch; nothing of it was stored. When PostgreSQL is unreachable or
 * overloaded the request is worth retrying (503); otherwise it is our fault (500).
 */
@ApplicationException(rollback = true)
public final class StorageException extends Exception {

  private final boolean unavailable;

  private StorageException(String message, Throwable cause, boolean unavailable) {
    super(message, cause);
    this.unavailable = unavailable;
  }

  public static StorageException of(Throwable e) {
    boolean unavailable = isUnavailable(e);
    return new StorageException(
        unavailable
            ? "database unavailable: " + rootMessage(e)
            : "database error: " + rootMessage(e),
        e,
        unavailable);
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  /** Connection failures (SQLSTATE 08), resource limits (53), shutdown (57P), pool exhaustion. */
  public static boolean isUnavailable(Throwable e) {
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

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
