package org.pattoo.agent.run;

import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/**
 * One collector's health for the self-metrics: the last poll's duration and the failed targets
 * counted since start. Written by the collector's pool thread, read by the poll loop after it.
 */
final class CollectorStats {

  private final String name;
  private volatile long lastPollMs = -1;
  private volatile long errors;

  CollectorStats(String name) {
    this.name = name;
  }

  synchronized void record(long pollMs, int failedTargets) {
    lastPollMs = pollMs;
    errors += failedTargets;
  }

  void addTo(List<DataPoint> points, long now) {
    Metadata label = Metadata.of("collector", name);
    if (lastPollMs >= 0) {
      points.add(DataPoint.number("agent_collector_poll_ms", DataType.INT, lastPollMs, now, label));
    }
    points.add(DataPoint.number("agent_collector_errors", DataType.COUNTER64, errors, now, label));
  }
}
