package org.pattoo.agent.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Unsent batches on disk, oldest first. Each is written to a temporary file, forced to disk and
 * renamed, so a crash or {@code kill -9} leaves either the whole batch or nothing. The spool is
 * bounded in bytes: when full, the oldest batches go first, and each loss is counted and logged.
 * Batches the server refuses move to {@code rejected/} beside the server's answer, never deleted.
 */
public final class Spool {

  private static final Logger LOG = Logger.getLogger(Spool.class.getName());
  private static final String SUFFIX = ".json";

  private final Path directory;
  private final Path rejected;
  private final long maxBytes;
  private long sequence;
  private long dropped;

  public Spool(Path directory, long maxBytes) throws IOException {
    this.directory = Files.createDirectories(directory);
    this.rejected = Files.createDirectories(directory.resolve("rejected"));
    this.maxBytes = maxBytes;
    List<Path> existing = batches();
    sequence = existing.isEmpty() ? 0 : sequenceOf(existing.get(existing.size() - 1));
    try (Stream<Path> leftovers = Files.list(directory)) {
      for (Path p : leftovers.filter(p -> p.toString().endsWith(".tmp")).toList()) {
        Files.delete(p); // a write interrupted by a crash: it was never acknowledged as spooled
      }
    }
  }

  /** Adds a batch at the end, dropping the oldest ones if the spool would exceed its bound. */
  public synchronized void add(byte[] batch) throws IOException {
    Path target = directory.resolve(String.format("%020d%s", ++sequence, SUFFIX));
    Path tmp = directory.resolve(target.getFileName() + ".tmp");
    try (FileChannel ch =
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(batch));
      ch.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    enforceBound();
  }

  /** The oldest batch, if any. */
  public synchronized Optional<Path> oldest() throws IOException {
    List<Path> all = batches();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The newest batch, if any. */
  public synchronized Optional<Path> newest() throws IOException {
    List<Path> all = batches();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public static byte[] read(Path batch) throws IOException {
    return Files.readAllBytes(batch);
  }

  /** The batch reached the server: forget it. */
  public synchronized void remove(Path batch) throws IOException {
    Files.deleteIfExists(batch);
  }

  /** The server refused the batch: keep it with the answer, out of the resend queue. */
  public synchronized void reject(Path batch, String answer) throws IOException {
    Path kept = rejected.resolve(batch.getFileName());
    Files.move(batch, kept, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(
        rejected.resolve(batch.getFileName() + ".answer"), answer + "\n", StandardCharsets.UTF_8);
  }

  public synchronized int size() throws IOException {
    return batches().size();
  }

  /** Batches dropped because the spool was full, since start. */
  public synchronized long dropped() {
    return dropped;
  }

  private void enforceBound() throws IOException {
    List<Path> all = batches();
    long total = 0;
    for (Path p : all) {
      total += Files.size(p);
    }
    for (int i = 0; total > maxBytes && i < all.size() - 1; i++) {
      total -= Files.size(all.get(i));
      Files.delete(all.get(i));
      dropped++;
      LOG.warning(
          "spool full ("
              + maxBytes
              + " bytes): dropped the oldest batch "
              + all.get(i).getFileName()
              + ", "
              + dropped
              + " dropped since start");
    }
  }

  private List<Path> batches() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    }
  }

  private static long sequenceOf(Path batch) {
    String name = batch.getFileName().toString();
    return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
  }
}
