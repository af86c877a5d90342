package org.pattoo.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the catalog says about partitioned tables. */
public final class Partitions {

  private Partitions() {}

  /** The partitions of a table, by name. */
  public static List<String> of(Connection c, String parent) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE i.inhparent = ?::regclass ORDER BY 1")) {
      ps.setString(1, parent);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /**
   * DDL creating the range partition {@code name} of {@code parent} unless it exists. It is created
   * alone and then attached: {@code CREATE TABLE ... PARTITION OF} takes the parent exclusively, so
   * it waits for every open read of the parent while every later read and write of it waits behind
   * it; {@code ATTACH PARTITION} lets them go on.
   */
  public static String createSql(String parent, String name, long from, long to) {
    return createSql(parent, name, from, to, "");
  }

  /** As above, with {@code with} (storage parameters such as autovacuum's) unless it is empty. */
  public static String createSql(String parent, String name, long from, long to, String with) {
    return "DO $$BEGIN IF to_regclass('"
        + name
        + "') IS NULL THEN CREATE TABLE "
        + name
        + " (LIKE "
        + parent
        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
        + (with.isEmpty() ? "" : " WITH (" + with + ")")
        + "; ALTER TABLE "
        + parent
        + " ATTACH PARTITION "
        + name
        + " FOR VALUES FROM ("
        + from
        + ") TO ("
        + to
        + "); END IF; END$$";
  }
}
