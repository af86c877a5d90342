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

  /**
   * As {@link #run}, but gives up and returns false when a lock is not granted within {@code
   * lockTimeout} (e.g. {@code "1s"}): for work a job can do at its next run instead, so that what
   * queues behind the lock it waits for (every reader, for a table taken exclusively) is held up no
   * longer than that.
   */
  public static boolean runUnlessBusy(Connection c, String lockTimeout, Work work)
      throws SQLException {
    try {
      run(
          c,
          st -> {
            st.execute("SET LOCAL lock_timeout = '" + lockTimeout + "'");
            work.run(st);
          });
      return true;
    } catch (SQLException e) {
      if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private static final String LOCK_NOT_AVAILABLE = "55P03";
}
