package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestResult;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.series.DataType;
import org.pattoo.series.Series;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/** Runs inside Payara: a cold day is compacted, and late data for it is still deduplicated. */
@ExtendWith(ArquillianExtension.class)
class CompactionIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset(
                COLD_DAYS + "pattoo.storage.seal=false\n")), // the rows' form; SealIT seals
        CompactionIT.class,
        TestSeries.class);
  }

  /** Days cold after one day, and writes accepted ten years back: old days to compact at once. */
  static final String COLD_DAYS = "pattoo.storage.compact-after=1d\npattoo.ingest.max-age=3650d\n";

  @Inject IngestService ingest;
  @Inject PartitionCompactor compactor;

  @Inject DataSource dataSource;

  /** A cold day no earlier run used (5 to 3004 days ago), so the test can run again. */
  static final long DAY =
      SampleTable.dayOf(System.currentTimeMillis()) - 5 - System.currentTimeMillis() / 1000 % 3000;

  static final long BASE = DAY * SampleTable.DAY_MS + 3_600_000;
  static final String PARTITION = SampleTable.NUMBER.partition(DAY);

  static Series series(int k) {
    return series("it-compact", k);
  }

  static Series series(String agent, int k) {
    return TestSeries.of(agent, "k" + k, "", DataType.FLOAT);
  }

  /** Three series, two samples each, added newest first so the heap starts out of order. */
  static SampleBatch sixSamples() {
    return sixSamples("it-compact", BASE);
  }

  static SampleBatch sixSamples(String agent, long base) {
    SampleBatch batch = new SampleBatch();
    for (int t = 1; t >= 0; t--) {
      for (int k = 2; k >= 0; k--) {
        batch.addNumber(batch.indexOf(series(agent, k)), base + t * 60_000, k * 10 + t);
      }
    }
    return batch;
  }

  @Test
  void compactsAColdDayAndKeepsDeduplicatingLateData() throws Exception {
    assertEquals(6, ingest.ingest(sixSamples()).stored());

    List<Long> compacted = compactor.compactDue();

    assertTrue(compacted.contains(DAY), "compacted " + compacted);
    assertEquals(List.of("brin"), indexMethods(), "only a BRIN index is left");
    List<String> physicalOrder = query("SELECT series_id || ':' || ts FROM " + PARTITION);
    List<String> sorted = query("SELECT series_id || ':' || ts FROM " + PARTITION + " ORDER BY 1");
    assertEquals(6, physicalOrder.size());
    assertEquals(sorted, physicalOrder, "rows are stored sorted by series, then time");

    IngestResult again = ingest.ingest(sixSamples());
    assertEquals(0, again.stored());
    assertEquals(6, again.duplicates());

    SampleBatch late = new SampleBatch();
    int s = late.indexOf(series(0));
    late.addNumber(s, BASE + 1000, 7.5);
    late.addNumber(s, BASE + 1000, 9.9);
    IngestResult stored = ingest.ingest(late);
    assertEquals(1, stored.stored());
    assertEquals(1, stored.duplicates());
    assertEquals(
        List.of("7.5"), query("SELECT value FROM " + PARTITION + " WHERE ts = " + (BASE + 1000)));

    assertFalse(compactor.compactDue().contains(DAY), "a compacted day is not compacted again");
  }

  private List<String> indexMethods() throws Exception {
    return query(
        "SELECT am.amname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            + " JOIN pg_am am ON am.oid = i.relam WHERE x.indrelid = '"
            + PARTITION
            + "'::regclass");
  }

  private List<String> query(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
