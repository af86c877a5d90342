package org.pattoo.agent.linux;

import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import oshi.hardware.NetworkIF;

/** Traffic, packet, error and drop counters of each network interface. */
final class NetworkReader {

  private NetworkReader() {}

  static void read(List<NetworkIF> nics, long now, Metadata[] common, List<DataPoint> out) {
    for (NetworkIF nic : nics) {
      Metadata own = Metadata.of("network_io_interface", nic.getName());
      Points.add(
          out, "network_io_bytes_recv", DataType.COUNTER64, nic.getBytesRecv(), now, common, own);
      Points.add(
          out, "network_io_bytes_sent", DataType.COUNTER64, nic.getBytesSent(), now, common, own);
      Points.add(
          out,
          "network_io_packets_recv",
          DataType.COUNTER64,
          nic.getPacketsRecv(),
          now,
          common,
          own);
      Points.add(
          out,
          "network_io_packets_sent",
          DataType.COUNTER64,
          nic.getPacketsSent(),
          now,
          common,
          own);
      Points.add(out, "network_io_errin", DataType.COUNTER64, nic.getInErrors(), now, common, own);
      Points.add(
          out, "network_io_errout", DataType.COUNTER64, nic.getOutErrors(), now, common, own);
      Points.add(out, "network_io_dropin", DataType.COUNTER64, nic.getInDrops(), now, common, own);
    }
  }
}
