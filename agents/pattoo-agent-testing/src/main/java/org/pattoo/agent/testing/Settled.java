package org.pattoo.agent.testing;

import java.util.function.IntSupplier;

/**
 * A count a peer reports as it works (requests it logged), read once the lines on their way have
 * arrived: a peer's output can lag its answers by more than a second on a loaded machine.
 */
public final class Settled {

  private static final long BOUND_NANOS = 10_000_000_000L;
  private static final long STILL_NANOS = 500_000_000L;

  private Settled() {}

  /**
   * The count once it has reached {@code expected} and then held still for half a second, so an
   * extra line still shows; at most 10 s, after which a count short of it is returned as it is.
   */
  public static int count(IntSupplier count, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND_NANOS;
    int last = count.getAsInt();
    long stillSince = System.nanoTime();
    while ((last < expected || System.nanoTime() - stillSince < STILL_NANOS)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
      int now = count.getAsInt();
      if (now != last) {
        last = now;
        stillSince = System.nanoTime();
      }
    }
    return last;
  }
}
