package org.pattoo.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Series;

/**
 * The series agents described before: a steady agent posts the same descriptions every poll, and
 * working one out again (a SHA-512 identity, checked and sorted labels) costs more than decoding
 * its value. One per application, bounded: past {@link #MAX} it starts afresh.
 */
@ApplicationScoped
public class SeriesCache {

  static final int MAX = 200_000;

  private final Map<Description, Series> known = new ConcurrentHashMap<>();

  /** What {@link Reporter#describe} makes of these; equal inputs give the same series. */
  public Series describe(
      Reporter reporter, String key, DataType type, List<Label> labels, String agentChecksum) {
    Description description = new Description(reporter, key, type, labels, agentChecksum);
    Series series = known.get(description);
    if (series == null) {
      series = reporter.describe(key, type, labels, agentChecksum);
      if (known.size() >= MAX) {
        known.clear();
      }
      known.put(description, series);
    }
    return series;
  }

  /** Everything {@link Reporter#describe} reads. */
  private record Description(
      Reporter reporter, String key, DataType type, List<Label> labels, String agentChecksum) {}
}
