package org.pattoo.agent.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains one of a process's output pipes on its own thread, so the process never blocks on a full
 * pipe: standard output kept up to a limit (beyond it the reader calls {@code overLimit} and stops
 * keeping), standard error as its last bytes only.
 */
final class OutputReader implements Runnable {

  private final InputStream in;
  private final int limit;
  private final boolean tailOnly;
  private final Runnable overLimit;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile boolean exceeded;
  private volatile boolean truncated;

  private OutputReader(
      InputStream in, int limit, boolean tailOnly, Runnable overLimit, String name) {
    this.in = in;
    this.limit = limit;
    this.tailOnly = tailOnly;
    this.overLimit = overLimit;
    this.thread = new Thread(this, name);
    thread.setDaemon(true); // a pipe held open by a stray grandchild must not keep the agent up
    thread.start();
  }

  /** Keeps at most {@code limit} bytes; one more calls {@code overLimit}. */
  static OutputReader bounded(InputStream in, int limit, Runnable overLimit, String name) {
    return new OutputReader(in, limit, false, overLimit, name);
  }

  /** Keeps the last {@code limit} bytes. */
  static OutputReader tail(InputStream in, int limit, String name) {
    return new OutputReader(in, limit, true, () -> {}, name);
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        keep(buffer, n);
      }
    } catch (IOException e) {
      // the process was killed or its pipe closed: what was read stands
    }
  }

  private synchronized void keep(byte[] buffer, int n) {
    if (exceeded) {
      return;
    }
    kept.write(buffer, 0, n);
    if (kept.size() <= limit) {
      return;
    }
    if (tailOnly) {
      byte[] all = kept.toByteArray();
      kept.reset();
      kept.write(all, all.length - limit, limit);
      truncated = true;
    } else {
      exceeded = true;
      kept.reset();
      overLimit.run();
    }
  }

  /** Waits for the end of the stream; false if it is still open after {@code millis}. */
  boolean awaitEnd(long millis) throws InterruptedException {
    thread.join(Math.max(millis, 1));
    return !thread.isAlive();
  }

  boolean exceeded() {
    return exceeded;
  }

  synchronized String text() {
    String s = kept.toString(StandardCharsets.UTF_8);
    return truncated ? "…" + s : s;
  }
}
