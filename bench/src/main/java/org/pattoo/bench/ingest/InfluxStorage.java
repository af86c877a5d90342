package org.pattoo.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bytes an InfluxDB 1.x database keeps for its points, read from its files: its shards under
 * {@code data/<db>/<policy>/} (TSM files, field index; the default in-memory series index keeps
 * nothing else) and its WAL under {@code wal/<db>/}. The database's series file ({@code
 * data/<db>/_series}) is left out, as pattoo's figure leaves out its series table: it grows with
 * series, not samples, and its segments are preallocated sparse files of 4 MiB whose length says
 * nothing of the space they take. InfluxDB moves written points from the WAL into TSM files and
 * compacts those on its own once writes stop; {@link #settle} waits for that, within a bound.
 */
final class InfluxStorage {

  /**
   * The database's files at one moment; compacting means a compaction's output is being written.
   */
  record State(long bytes, long walBytes, int shards, int tsmFiles, boolean compacting) {

    /** WAL empty, one TSM file per shard and no compaction under way: what settle waits for. */
    boolean compacted() {
      return !compacting && walBytes == 0 && shards > 0 && tsmFiles == shards;
    }

    String describe() {
      return String.format(
          "%,d bytes: %,d in the WAL, %d TSM file%s in %d shard%s%s",
          bytes,
          walBytes,
          tsmFiles,
          tsmFiles == 1 ? "" : "s",
          shards,
          shards == 1 ? "" : "s",
          compacting ? ", a compaction under way" : "");
    }
  }

  private final Path data;
  private final Path wal;

  /** {@code root} is the server's folder holding {@code data/} and {@code wal/}. */
  InfluxStorage(Path root, String database) {
    this.data = root.resolve("data").resolve(database);
    this.wal = root.resolve("wal").resolve(database);
  }

  State state() {
    long walBytes = size(files(wal));
    // Shards are data/<db>/<retention policy>/<shard id>/; _series is the database's series file.
    List<Path> shards;
    try (Stream<Path> policies = list(data)) {
      shards =
          policies
              .filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("_series"))
              .flatMap(InfluxStorage::list)
              .filter(Files::isDirectory)
              .toList();
    }
    List<Path> dataFiles = shards.stream().flatMap(s -> files(s).stream()).toList();
    int tsm =
        (int) dataFiles.stream().filter(f -> f.getFileName().toString().endsWith(".tsm")).count();
    boolean compacting =
        dataFiles.stream().anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
    return new State(size(dataFiles) + walBytes, walBytes, shards.size(), tsm, compacting);
  }

  /**
   * Polls until the files are {@link State#compacted} and unchanged since the poll before, or until
   * {@code limit}; returns the last state either way, so the caller reports which it was.
   */
  State settle(Duration limit, Duration poll) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    State last = state();
    while (true) {
      Thread.sleep(poll.toMillis());
      State now = state();
      if (now.compacted() && now.equals(last) || System.nanoTime() >= deadline) {
        return now;
      }
      last = now;
    }
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Stream<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try {
      return Files.list(dir).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  private static long size(List<Path> files) {
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        // A file a compaction removed between the listing and now no longer takes space.
      }
    }
    return total;
  }
}
