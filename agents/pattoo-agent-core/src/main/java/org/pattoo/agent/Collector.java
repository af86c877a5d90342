package org.pattoo.agent;

// tag::collector[]
/**
 * A source of data points, as Telegraf's input plugins: built from its validated configuration
 * without network I/O, then asked once per poll, never concurrently with itself (the core polls an
 * agent's collectors at the same time, so one per device keeps a dead device from delaying the
 * others). Scheduling, timestamps' alignment, posting, spooling and retries belong to the core, not
 * to collectors.
 */
public interface Collector extends AutoCloseable {

  /** Polls every target once; a failing target is reported to the sink, never thrown. */
  void collect(Sink sink);

  /** The label of this collector's self-metrics (poll duration, failed targets). */
  default String name() {
    String simple = getClass().getSimpleName();
    int lambda = simple.indexOf("$$");
    return lambda < 0 ? simple : simple.substring(0, lambda);
  }

  @Override
  default void close() {}

  /** Where a collector puts what it polled. */
  interface Sink {
    /** Thread-safe: the core's sinks take data from collectors polling at the same time. */
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
// end::collector[]
