package org.pattoo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Series;

class SeriesCacheTest {

  private final SeriesCache cache = new SeriesCache();
  private final Reporter reporter =
      new Reporter("agent-1", "host-1", "pattoo_agent_os", "h", 10_000);
  private final List<Label> labels = List.of(new Label("site", "north"));

  private Series describe(Reporter r, String key, DataType type, List<Label> l, String checksum) {
    return cache.describe(r, key, type, l, checksum);
  }

  @Test
  void sameDescriptionGivesTheSeriesDescribedFirst() {
    Series first = describe(reporter, "cpu", DataType.FLOAT, labels, "c1");
    assertSame(first, describe(reporter, "cpu", DataType.FLOAT, List.copyOf(labels), "c1"));
    assertEquals(
        reporter.describe("cpu", DataType.FLOAT, labels, "c1").checksum(), first.checksum());
  }

  /** Each input the description is made of, changed alone, gives a series that shows the change. */
  @Test
  void anyChangedInputIsDescribedAgain() {
    describe(reporter, "cpu", DataType.FLOAT, labels, "c1");
    Reporter slower = new Reporter("agent-1", "host-1", "pattoo_agent_os", "h", 20_000);
    assertEquals(20_000, describe(slower, "cpu", DataType.FLOAT, labels, "c1").pollingIntervalMs());
    Reporter renamed = new Reporter("agent-1", "host-1", "pattoo_agent_os", "h2", 10_000);
    assertEquals("h2", describe(renamed, "cpu", DataType.FLOAT, labels, "c1").hostname());
    assertEquals(
        "pattoo_agent_os_mem", describe(reporter, "mem", DataType.FLOAT, labels, "c1").key());
    assertEquals(DataType.INT, describe(reporter, "cpu", DataType.INT, labels, "c1").dataType());
    assertEquals(
        List.of(new Label("pattoo_agent_os_site", "south")),
        describe(reporter, "cpu", DataType.FLOAT, List.of(new Label("site", "south")), "c1")
            .labels());
    Series other = describe(reporter, "cpu", DataType.FLOAT, labels, "c2");
    assertNotSame(describe(reporter, "cpu", DataType.FLOAT, labels, "c1"), other);
    assertEquals(
        reporter.describe("cpu", DataType.FLOAT, labels, "c2").checksum(), other.checksum());
  }
}
