package org.pattoo.ingest.line;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.series.Series;

/**
 * The line-protocol decoder's memory of what it parsed: per source, the series of each field by the
 * bytes of its line's head and its key ({@link FieldTable}), so a steady writer's line costs one
 * lookup and no strings. One per application, bounded: past {@link #MAX_SERIES} it starts afresh.
 */
@ApplicationScoped
public class LineSeriesCache {

  static final int MAX_SERIES = 500_000;

  private static final FieldTable EMPTY = new FieldTable(1, 0);

  private final Map<String, FieldTable> tables = new ConcurrentHashMap<>();
  private int size; // guarded by this

  /** The series a source's fields were seen with; a snapshot, which {@link #keep} may replace. */
  FieldTable table(String scope) {
    return tables.getOrDefault(scope, EMPTY);
  }

  /** Keeps {@code s} under {@code key} unless another thread was first; returns the one kept. */
  synchronized Series keep(String scope, FieldKey key, Series s) {
    FieldTable table = tables.get(scope);
    Series raced = table == null ? null : table.get(key);
    if (raced != null) {
      return raced;
    }
    if (size >= MAX_SERIES) {
      tables.clear();
      size = 0;
      table = null;
    }
    if (table == null || !table.fits(key)) {
      table =
          table == null
              ? new FieldTable(1024, Math.max(64 * 1024, 2 * key.length()))
              : table.grown(key);
      table.add(key, s);
      tables.put(scope, table);
    } else {
      table.add(key, s);
    }
    size++;
    return s;
  }
}
