package org.pattoo.agent.linux;

import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import oshi.hardware.CentralProcessor;
import oshi.software.os.OperatingSystem;

/** What the original built but never sent: load averages (as floats), process count; and uptime. */
final class SystemReader {

  private SystemReader() {}

  static void read(
      OperatingSystem os, CentralProcessor cpu, long now, Metadata[] common, List<DataPoint> out) {
    double[] load = cpu.getSystemLoadAverage(3);
    String[] names = {"load_average_01min", "load_average_05min", "load_average_15min"};
    for (int i = 0; i < names.length; i++) {
      if (load[i] >= 0) {
        Points.add(out, names[i], DataType.FLOAT, load[i], now, common);
      }
    }
    Points.add(out, "process_count", DataType.INT, os.getProcessCount(), now, common);
    Points.add(out, "uptime", DataType.INT, os.getSystemUptime(), now, common);
  }
}
