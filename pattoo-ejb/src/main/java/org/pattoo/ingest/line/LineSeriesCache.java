package org.pattoo.ingest.line;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.series.Series;

/**
 * The line-protocol decoder's memory of what it parsed: measurement and tags by their bytes in the
 * line (scoped by source), each with the series of its fields by field key bytes (scoped by type),
 * so a steady writer's line costs two lookups and no strings. One per application, bounded: past
 * {@link #MAX_HEADS} it starts afresh.
 */
@ApplicationScoped
public class LineSeriesCache {

  static final int MAX_HEADS = 200_000;

  private final Map<SpanKey, Head> heads = new ConcurrentHashMap<>();

  /** A line's measurement and tags, parsed, and the series of the fields seen with them. */
  record Head(String measurement, Map<String, String> tags, Map<SpanKey, Series> series) {}

  public Head get(SpanKey probe) {
    return heads.get(probe);
  }

  /** Keeps {@code head} under {@code key} unless another thread was first; returns the one kept. */
  public Head keep(SpanKey key, Head head) {
    if (heads.size() >= MAX_HEADS) {
      heads.clear();
    }
    Head raced = heads.putIfAbsent(key, head);
    return raced == null ? head : raced;
  }
}
