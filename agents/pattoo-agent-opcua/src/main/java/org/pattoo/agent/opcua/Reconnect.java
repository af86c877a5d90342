package org.pattoo.agent.opcua;

/**
 * When to try a lost server again: at once after the first failure, then after 2, 4, 8 ... s, at
 * most five minutes, so a dead server costs little while a restarted one is back at the next poll.
 */
final class Reconnect {

  static final long MAX_MS = 300_000;
  private static final long BASE_MS = 1_000;

  private int failures;
  private long notBefore;

  boolean mayTry(long now) {
    return now >= notBefore;
  }

  /** When the next attempt may be, in epoch ms. */
  long notBefore() {
    return notBefore;
  }

  void failed(long now) {
    failures++;
    notBefore = failures == 1 ? now : now + Math.min(BASE_MS << Math.min(failures - 1, 20), MAX_MS);
  }

  void succeeded() {
    failures = 0;
    notBefore = 0;
  }
}
