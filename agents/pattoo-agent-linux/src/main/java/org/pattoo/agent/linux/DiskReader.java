package org.pattoo.agent.linux;

import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import oshi.hardware.HWDiskStore;
import oshi.software.os.FileSystem;
import oshi.software.os.OSFileStore;

/**
 * Usage of each real filesystem and I/O counters of each disk. Pseudo, container and tiny
 * filesystems are skipped (the original skipped "docker" mounts only), so are ram and loop disks.
 */
final class DiskReader {

  /** Smaller filesystems are sandbox or boot artefacts, not storage anyone watches. */
  static final long MIN_FILESYSTEM_BYTES = 64L * 1024 * 1024;

  private DiskReader() {}

  static void read(
      FileSystem fs, List<HWDiskStore> disks, long now, Metadata[] common, List<DataPoint> out) {
    for (OSFileStore store : fs.getFileStores(true)) {
      if (!isWatched(store.getMount(), store.getType(), store.getTotalSpace())) {
        continue;
      }
      Metadata[] own = {
        Metadata.of("disk_partition_device", store.getVolume()),
        Metadata.of("disk_partition_mountpoint", store.getMount()),
        Metadata.of("disk_partition_fstype", store.getType()),
        Metadata.descriptive("disk_partition_opts", store.getOptions())
      };
      long total = store.getTotalSpace();
      long free = store.getUsableSpace();
      long used = total - store.getFreeSpace();
      Points.add(out, "disk_partition_disk_usage_total", DataType.INT, total, now, common, own);
      Points.add(out, "disk_partition_disk_usage_used", DataType.INT, used, now, common, own);
      Points.add(out, "disk_partition_disk_usage_free", DataType.INT, free, now, common, own);
      Points.add(
          out,
          "disk_partition_disk_usage_percent",
          DataType.FLOAT,
          MemoryReader.percent(used, used + free),
          now,
          common,
          own);
    }
    for (HWDiskStore disk : disks) {
      String name = disk.getName().replaceFirst("^/dev/", "");
      if (name.startsWith("ram") || name.startsWith("loop")) {
        continue;
      }
      Metadata own = Metadata.of("disk_partition", name);
      Points.add(out, "disk_io_read_count", DataType.COUNTER64, disk.getReads(), now, common, own);
      Points.add(
          out, "disk_io_write_count", DataType.COUNTER64, disk.getWrites(), now, common, own);
      Points.add(
          out, "disk_io_read_bytes", DataType.COUNTER64, disk.getReadBytes(), now, common, own);
      Points.add(
          out, "disk_io_write_bytes", DataType.COUNTER64, disk.getWriteBytes(), now, common, own);
      Points.add(
          out, "disk_io_busy_time", DataType.COUNTER64, disk.getTransferTime(), now, common, own);
    }
  }

  static boolean isWatched(String mount, String type, long totalBytes) {
    return totalBytes >= MIN_FILESYSTEM_BYTES
        && !mount.contains("docker")
        && !List.of("tmpfs", "devtmpfs", "overlay", "squashfs", "proc", "sysfs", "cgroup2")
            .contains(type);
  }
}
