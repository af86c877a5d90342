package org.pattoo.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One run of a background job at a time over every pattoo node on a database: each node's timers
 * fire, the first to take the job's advisory lock runs it, the others skip that run. The lock is
 * the session's, held on the job's own connection for the whole run and released after it (or with
 * the connection, should the node die).
 */
public final class JobLock {

  /** "pattoo" and a job number; 1 to 3 are the partition, rollup and late-sample locks. */
  public static final long COMPACTION = 0x7061_7474_6f6f_0004L;

  public static final long RETENTION = 0x7061_7474_6f6f_0005L;

  public static final long FOLD = 0x7061_7474_6f6f_0006L;

  /** A job's work, on the connection holding its lock. */
  public interface Job<T> {
    T run() throws SQLException;
  }

  private JobLock() {}

  /** The job's result, or empty when another run (on this node or another) holds the lock. */
  public static <T> Optional<T> tryRun(Connection c, long key, Job<T> job) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + key + ")")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(job.run());
    } finally {
      try (Statement st = c.createStatement()) {
        st.execute("SELECT pg_advisory_unlock(" + key + ")");
      }
    }
  }
}
