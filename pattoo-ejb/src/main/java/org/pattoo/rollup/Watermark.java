package org.pattoo.rollup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/** How far rollups got: every 5-minute bucket (and the coarser ones) before it is rolled. */
public final class Watermark {

  private Watermark() {}

  /** The 5-minute watermark, epoch ms; empty before the first rollup run. */
  public static OptionalLong doneUntil(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT done_until FROM rollup_watermark WHERE tier = '5m'")) {
      return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
    }
  }
}
