package org.pattoo.agent.linux;

import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import oshi.hardware.GlobalMemory;
import oshi.hardware.VirtualMemory;

/** Memory and swap in bytes; swap-ins and -outs as byte counters, as psutil reported them. */
final class MemoryReader {

  private MemoryReader() {}

  static void read(GlobalMemory memory, long now, Metadata[] common, List<DataPoint> out) {
    long total = memory.getTotal();
    long available = memory.getAvailable();
    Points.add(out, "memory_total", DataType.INT, total, now, common);
    Points.add(out, "memory_available", DataType.INT, available, now, common);
    Points.add(out, "memory_used", DataType.INT, total - available, now, common);
    Points.add(
        out, "memory_percent", DataType.FLOAT, percent(total - available, total), now, common);
    VirtualMemory swap = memory.getVirtualMemory();
    long pageSize = memory.getPageSize();
    Points.add(out, "swap_memory_total", DataType.INT, swap.getSwapTotal(), now, common);
    Points.add(out, "swap_memory_used", DataType.INT, swap.getSwapUsed(), now, common);
    Points.add(
        out,
        "swap_memory_free",
        DataType.INT,
        swap.getSwapTotal() - swap.getSwapUsed(),
        now,
        common);
    Points.add(
        out, "swap_memory_sin", DataType.COUNTER64, swap.getSwapPagesIn() * pageSize, now, common);
    Points.add(
        out,
        "swap_memory_sout",
        DataType.COUNTER64,
        swap.getSwapPagesOut() * pageSize,
        now,
        common);
  }

  static double percent(long part, long whole) {
    return whole <= 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
