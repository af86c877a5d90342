package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.ingest.IngestResult;
import org.pattoo.ingest.IngestService;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestSeries;

/**
 * Runs inside Payara: a day compacted under a lower {@code pattoo.storage.compact-after} stays
 * deduplicated after the setting is raised (here 30 days, for a day 10 days old).
 */
@ExtendWith(ArquillianExtension.class)
class RaisedCompactAfterIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.addTestClasses(
        PattooEar.withConfig(
            new StringAsset("pattoo.storage.compact-after=30d\npattoo.ingest.max-age=3650d\n")),
        RaisedCompactAfterIT.class,
        CompactionIT.class,
        TestSeries.class);
  }

  @Inject IngestService ingest;
  @Inject PartitionCompactor compactor;

  /** 10 to 24 days old: hot by the setting of 30 days, and likely a day no earlier run used. */
  static final long DAY =
      SampleTable.dayOf(System.currentTimeMillis()) - 10 - System.currentTimeMillis() / 1000 % 15;

  static final String AGENT = "it-raised-" + System.currentTimeMillis();

  @Test
  void aRepostedBatchIsStoredOnceInADayCompactedBefore() throws Exception {
    long base = DAY * SampleTable.DAY_MS + 7_200_000;
    assertEquals(6, ingest.ingest(CompactionIT.sixSamples(AGENT, base)).stored());
    compactor.compact(DAY); // as the compactor did under an earlier, lower setting
    compactor.compact(DAY); // and an operator's repair since: compacting a compacted day works

    IngestResult again = ingest.ingest(CompactionIT.sixSamples(AGENT, base));

    assertEquals(0, again.stored(), "stored again");
    assertEquals(6, again.duplicates());
  }
}
