package org.pattoo.agent.linux;

import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;

/**
 * CPU times as counters (seconds since boot) and as percentages of the time since the previous poll
 * (since boot on the first), plus context switches and interrupts.
 */
final class CpuReader {

  private final CentralProcessor processor;
  private long[] previousTicks;

  CpuReader(CentralProcessor processor) {
    this.processor = processor;
  }

  void read(long now, Metadata[] common, List<DataPoint> out) {
    long[] ticks = processor.getSystemCpuLoadTicks();
    long[] base = previousTicks != null ? previousTicks : new long[ticks.length];
    long total = 0;
    for (int i = 0; i < ticks.length; i++) {
      total += ticks[i] - base[i];
    }
    for (TickType t : TickType.values()) {
      String name = t.name().toLowerCase();
      long delta = ticks[t.getIndex()] - base[t.getIndex()];
      Points.add(
          out, "cpu_times_" + name, DataType.COUNTER64, ticks[t.getIndex()] / 1000.0, now, common);
      Points.add(
          out,
          "cpu_times_percent_" + name,
          DataType.FLOAT,
          total > 0 ? Math.round(delta * 1000.0 / total) / 10.0 : 0.0,
          now,
          common);
    }
    previousTicks = ticks;
    Points.add(
        out,
        "cpu_stats_ctx_switches",
        DataType.COUNTER64,
        processor.getContextSwitches(),
        now,
        common);
    Points.add(
        out, "cpu_stats_interrupts", DataType.COUNTER64, processor.getInterrupts(), now, common);
    long[] hz = processor.getCurrentFreq();
    long sum = 0;
    for (long f : hz) {
      sum += f;
    }
    if (hz.length > 0 && sum > 0) {
      Points.add(out, "cpu_frequency", DataType.FLOAT, sum / (double) hz.length / 1e6, now, common);
    }
  }
}
