package org.pattoo.agent.linux;

import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;

/**
 * Polls the local host, the target being its name. Keys follow the original OS agent
 * (original-pattoo.md §6.1) so translations carry over; each concern has its own reader.
 */
final class HostCollector implements Collector {

  private final SystemInfo system = new SystemInfo();
  private final HardwareAbstractionLayer hardware = system.getHardware();
  private final OperatingSystem os = system.getOperatingSystem();
  private final CpuReader cpu = new CpuReader(hardware.getProcessor());

  @Override
  public void collect(Sink sink) {
    String host = os.getNetworkParams().getHostName();
    long now = System.currentTimeMillis();
    Metadata[] common = {
      Metadata.of("processor", hardware.getProcessor().getProcessorIdentifier().getName()),
      Metadata.of("type", System.getProperty("os.arch")),
      Metadata.of("cpus", Integer.toString(hardware.getProcessor().getLogicalProcessorCount())),
      Metadata.of("hostname", host),
      Metadata.descriptive("release", os.getVersionInfo().getBuildNumber()),
      Metadata.descriptive("version", os.getVersionInfo().getVersion())
    };
    List<DataPoint> points = new ArrayList<>();
    try {
      cpu.read(now, common, points);
      MemoryReader.read(hardware.getMemory(), now, common, points);
      DiskReader.read(os.getFileSystem(), hardware.getDiskStores(), now, common, points);
      NetworkReader.read(hardware.getNetworkIFs(), now, common, points);
      SystemReader.read(os, hardware.getProcessor(), now, common, points);
    } catch (RuntimeException e) {
      sink.failed(host, "polling failed: " + e);
    }
    if (!points.isEmpty()) {
      sink.add(new TargetData(host, points));
    }
  }
}
