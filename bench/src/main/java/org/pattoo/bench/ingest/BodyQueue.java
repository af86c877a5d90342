package org.pattoo.bench.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Request bodies built ahead on a thread of their own, a few at a time, so building one is not part
 * of any connection's request cycle: the benchmark times the server, not the generator. (Telegraf
 * likewise gathers the next batch while a write is in flight.)
 */
final class BodyQueue {

  private static final byte[] END = new byte[0];

  /** Builds body {@code i}; a live run's builder waits for the body's time first. */
  interface Builder {
    byte[] build(long i) throws InterruptedException;
  }

  private final BlockingQueue<byte[]> queue;

  BodyQueue(long count, int consumers, Builder build) {
    queue = new ArrayBlockingQueue<>(2 * consumers);
    Thread producer =
        new Thread(
            () -> {
              try {
                for (long i = 0; i < count; i++) {
                  queue.put(build.build(i));
                }
                for (int c = 0; c < consumers; c++) {
                  queue.put(END);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "body-builder");
    producer.setDaemon(true);
    producer.start();
  }

  /** The next body in order, or null once all were taken; each consumer sees the end once. */
  byte[] next() throws InterruptedException {
    byte[] body = queue.take();
    return body == END ? null : body;
  }
}
