package org.pattoo.agent;

/**
 * A source of data points, as Telegraf's input plugins: built from its validated configuration
 * without network I/O, then asked once per poll, never concurrently. Scheduling, timestamps'
 * alignment, posting, spooling and retries belong to the core, not to collectors.
 */
public interface Collector extends AutoCloseable {

  /** Polls every target once; a failing target is reported to the sink, never thrown. */
  void collect(Sink sink);

  @Override
  default void close() {}

  /** Where a collector puts what it polled. */
  interface Sink {
    void add(TargetData data);

    /** A target failed this poll; the core logs it once per change of state. */
    void failed(String target, String reason);

    /**
     * A batch already in the wire format, from another agent (a spoke), to post unchanged, so it
     * keeps that agent's id and series.
     */
    void relay(String target, byte[] payload);
  }
}
