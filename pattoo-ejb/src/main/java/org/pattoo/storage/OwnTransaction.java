package org.pattoo.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs DDL in a transaction of its own, on a connection the container does not enlist, so its
 * effects count only once committed and its locks are held no longer than it runs. Anything thrown
 * rolls it back: turning autocommit back on would commit the half that ran (it did, when a sealing
 * run met a NoClassDefFoundError during an undeploy, and left a compaction's table behind).
 */
public final class OwnTransaction {

  /** Statements to run together. */
  public interface Work {
    void run(Statement st) throws SQLException;
  }

  private OwnTransaction() {}

  public static void run(Connection c, Work work) throws SQLException {
    c.setAutoCommit(false);
    boolean committed = false;
    try (Statement st = c.createStatement()) {
      work.run(st);
      c.commit();
      committed = true;
    } finally {
      if (!committed) {
        c.rollback();
      }
      c.setAutoCommit(true);
    }
  }
}
