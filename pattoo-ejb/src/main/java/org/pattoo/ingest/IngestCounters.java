package org.pattoo.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of what ingestion accepted and refused, to be exposed as self-metrics. */
@ApplicationScoped
public class IngestCounters {

  private final LongAdder stored = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder newSeries = new LongAdder();
  private final Map<Integer, LongAdder> rejectedByStatus = new ConcurrentHashMap<>();

  public void accepted(IngestResult result) {
    stored.add(result.stored());
    duplicates.add(result.duplicates());
    newSeries.add(result.newSeries());
  }

  public void rejected(int status) {
    rejectedByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  public long stored() {
    return stored.sum();
  }

  public long duplicates() {
    return duplicates.sum();
  }

  public long newSeries() {
    return newSeries.sum();
  }

  /** Refused requests by HTTP status. */
  public Map<Integer, Long> rejected() {
    Map<Integer, Long> out = new TreeMap<>();
    rejectedByStatus.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
