package org.pattoo.bench.ingest;

/**
 * A run's request bodies, fixed once (first timestamp included) so that every target of the run is
 * sent byte for byte the same bodies in the same order: pattoo, then the peer it is compared with.
 * Bodies are rebuilt for each pass rather than kept, since a run's bodies can take gigabytes.
 */
final class SharedBodies {

  private final IngestRun run;
  private final long startMs;
  private final Payloads payloads;
  private final boolean live;

  /** The bodies of {@code run}, its last round landing shortly before now. */
  SharedBodies(IngestRun run) {
    this(run, Payloads.startEndingNow(run.postedPoints(), run.series(), run.intervalMs()), false);
  }

  SharedBodies(IngestRun run, long startMs, boolean live) {
    this.run = run;
    this.startMs = startMs;
    this.payloads = new Payloads(run.name(), run.series(), run.batch(), startMs, run.intervalMs());
    this.live = live;
  }

  /**
   * The bodies of {@code run} as live agents post them: the first round now, and each body handed
   * out once the clock reaches its last point, never ahead of it.
   */
  static SharedBodies live(IngestRun run) {
    return new SharedBodies(run, System.currentTimeMillis(), true);
  }

  /** The bodies of {@code other}, their last round one interval before these begin. */
  SharedBodies before(IngestRun other) {
    long rounds = (other.postedPoints() + other.series() - 1) / other.series();
    return new SharedBodies(other, startMs - rounds * other.intervalMs(), false);
  }

  /** A new pass over all the bodies, built ahead for the run's connections. */
  BodyQueue pass() {
    return new BodyQueue(run.batches(), run.connections(), this::body);
  }

  private byte[] body(long batch) throws InterruptedException {
    if (live) {
      long wait = payloads.dueMs(batch) - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
    }
    return run.format().body(payloads, batch);
  }
}
