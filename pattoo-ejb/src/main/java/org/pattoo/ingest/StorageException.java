package org.pattoo.ingest;

import jakarta.ejb.ApplicationException;
import org.pattoo.storage.DatabaseOutage;

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
    boolean unavailable = DatabaseOutage.is(e);
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

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
