package org.pattoo.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL arrays from primitive Java arrays, for the {@code unnest(?, ?, ...)} statements that
 * write a whole batch in one round trip. Goes through the driver's own connection because the
 * pool's wrapper only takes boxed arrays.
 */
final class SqlArrays {

  private SqlArrays() {}

  static Array longs(Connection c, long[] values) throws SQLException {
    return c.unwrap(PGConnection.class).createArrayOf("int8", values);
  }

  static Array ints(Connection c, int[] values) throws SQLException {
    return c.unwrap(PGConnection.class).createArrayOf("int4", values);
  }

  static Array doubles(Connection c, double[] values) throws SQLException {
    return c.unwrap(PGConnection.class).createArrayOf("float8", values);
  }

  static Array booleans(Connection c, boolean[] values) throws SQLException {
    return c.unwrap(PGConnection.class).createArrayOf("bool", values);
  }

  static Array texts(Connection c, String[] values) throws SQLException {
    return c.createArrayOf("text", values);
  }
}
