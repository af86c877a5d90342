package org.pattoo.agent.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
 * renamed, and the directory is forced too, so a crash, {@code kill -9} or power loss leaves either
 * the whole batch or nothing. The spool is bounded in bytes: when full, the oldest batches go
 * first, and each loss is counted and logged. Batches the server refuses move to {@code rejected/}
 * beside the server's answer, never deleted and never replaced: numbers continue after every batch
 * kept, pending or rejected.
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
    sequence = Math.max(highestSequence(directory), highestSequence(rejected));
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
    forceDirectory(directory);
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
    Path kept = freeName(batch.getFileName().toString());
    // Written first, with CREATE_NEW: an answer never replaces another one.
    Files.writeString(
        rejected.resolve(kept.getFileName() + ".answer"),
        answer + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    Files.move(batch, kept, StandardCopyOption.ATOMIC_MOVE);
    forceDirectory(rejected);
    forceDirectory(directory);
  }

  /**
   * A name in {@code rejected/} that nothing holds. Numbering makes a clash impossible for batches
   * this spool wrote; a copied-in or hand-renamed file gets a suffix rather than being replaced.
   */
  private Path freeName(String name) {
    Path kept = rejected.resolve(name);
    String stem = name.substring(0, name.length() - SUFFIX.length());
    for (int i = 1;
        Files.exists(kept) || Files.exists(rejected.resolve(kept.getFileName() + ".answer"));
        i++) {
      kept = rejected.resolve(stem + "-" + i + SUFFIX);
    }
    return kept;
  }

  /**
   * Makes a rename in {@code dir} durable. Windows refuses to open a directory as a channel (access
   * denied); there the rename is as durable as it makes it, and the spool still works. Any other
   * failure is real (the directory gone, a disk error) and must not pass for a batch kept.
   */
  static void forceDirectory(Path dir) throws IOException {
    FileChannel ch;
    try {
      ch = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (AccessDeniedException e) {
      return;
    }
    try (ch) {
      ch.force(true);
    }
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

  /** The highest batch number in a directory, 0 when it holds none. */
  private static long highestSequence(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{20}(-\\d+)?\\" + SUFFIX))
          .mapToLong(n -> Long.parseLong(n.substring(0, 20)))
          .max()
          .orElse(0);
    }
  }
}
