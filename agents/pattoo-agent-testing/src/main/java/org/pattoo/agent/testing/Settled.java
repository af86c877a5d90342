package org.pattoo.agent.testing;

import java.util.function.IntSupplier;

/**
 * A count a peer reports as it works (requests it logged): read once it has held still for half a
 * second, so a line still on its way is counted and an extra one still shows. At most 10 s.
 */
public final class Settled {

  private Settled() {}

  public static int count(IntSupplier count) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    int last = count.getAsInt();
    long stillSince = System.nanoTime();
    while (System.nanoTime() - stillSince < 500_000_000L && System.nanoTime() < deadline) {
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
