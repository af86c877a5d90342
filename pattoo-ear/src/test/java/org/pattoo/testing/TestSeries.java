package org.pattoo.testing;

import java.util.List;
import org.pattoo.series.DataType;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/** Series as an in-container test posts them: one target, a minute's polling interval. */
public final class TestSeries {

  private TestSeries() {}

  /**
   * A series of {@code agent} named {@code pattoo_agent_it_<key>}, whose identity also holds {@code
   * run}, so a rerun of the test makes new series.
   */
  public static Series of(String agent, String key, String run, DataType type) {
    return new Series(
        SeriesIdentity.checksum(agent, "target", key + run),
        agent,
        "target",
        "pattoo_agent_it",
        "it.example.org",
        "pattoo_agent_it_" + key,
        type,
        60_000,
        List.of());
  }
}
