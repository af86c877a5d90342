package org.pattoo.agent.run;

import java.util.function.LongSupplier;

/**
 * After consecutive failed posts, waits longer and longer (doubling, at most five minutes, with ±20
 * % jitter so agents that lost the same server do not return in step) before posting again; batches
 * polled meanwhile go straight to the spool.
 */
final class Backoff {

  static final long MAX_MS = 300_000;

  private final long baseMs;
  private final LongSupplier random; // 0..999, for jitter
  private int failures;
  private long pausedUntil;

  Backoff(long baseMs, LongSupplier random) {
    this.baseMs = baseMs;
    this.random = random;
  }

  boolean mayPost(long now) {
    return now >= pausedUntil;
  }

  void failed(long now) {
    failures++;
    long delay = Math.min(baseMs << Math.min(failures - 1, 20), MAX_MS);
    long jitter = delay * (random.getAsLong() - 500) / 2500; // ±20 %
    pausedUntil = failures == 1 ? now : now + delay + jitter; // the first failure retries at once
  }

  void succeeded() {
    failures = 0;
    pausedUntil = 0;
  }
}
