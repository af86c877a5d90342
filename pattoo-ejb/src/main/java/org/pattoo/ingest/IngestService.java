package org.pattoo.ingest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.pattoo.rollup.LateSamples;
import org.pattoo.storage.PartitionService;
import org.pattoo.storage.SampleTable;

/**
 * Stores one decoded request in one transaction: all of it or, on any failure, none of it. The
 * caller answers 2xx only after this returns, that is after the commit.
 */
@Stateless
public class IngestService {

  @Inject private DataSource dataSource;

  @Inject private PartitionService partitions;
  @Inject private SeriesRegistry registry;
  @Inject private SampleWriter writer;

  public IngestResult ingest(SampleBatch batch) throws StorageException {
    try {
      partitions.ensure(days(batch));
      try (Connection c = dataSource.getConnection()) {
        SeriesRegistry.Resolution series = registry.resolve(c, batch.series());
        SampleWriter.Written written = writer.write(c, batch, series.ids());
        markLateSamples(c, batch, series.ids());
        return new IngestResult(
            batch.size(),
            written.stored(),
            written.duplicates(),
            written.unchanged(),
            series.created());
      }
    } catch (SQLException | RuntimeException e) {
      throw StorageException.of(e);
    }
  }

  /** Numeric samples behind the rollup job get their buckets rolled again. */
  private static void markLateSamples(Connection c, SampleBatch batch, long[] ids)
      throws SQLException {
    long[] ts = new long[batch.size()];
    long[] series = new long[batch.size()];
    int n = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.text(i) == null) {
        ts[n] = batch.timestamp(i);
        series[n++] = ids[batch.seriesIndex(i)];
      }
    }
    LateSamples.mark(c, Arrays.copyOf(ts, n), Arrays.copyOf(series, n));
  }

  private static Set<Long> days(SampleBatch batch) {
    Set<Long> days = new TreeSet<>();
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < batch.size(); i++) {
      long day = SampleTable.dayOf(batch.timestamp(i));
      if (day != previous) { // batches mostly hold one day: skip boxing every sample
        days.add(day);
        previous = day;
      }
    }
    return days;
  }
}
