package org.pattoo.bench.ingest;

/**
 * A run's request bodies, fixed once (first timestamp included) so that every target of the run is
 * sent byte for byte the same bodies in the same order: pattoo, then the peer it is compared with.
 * Bodies are rebuilt for each pass rather than kept, since a run's bodies can take gigabytes.
 */
final class SharedBodies {

  private final IngestRun run;
  private final Payloads payloads;

  /** The bodies of {@code run}, its last round landing shortly before now. */
  SharedBodies(IngestRun run) {
    this(run, Payloads.startEndingNow(run.postedPoints(), run.series(), run.intervalMs()));
  }

  SharedBodies(IngestRun run, long startMs) {
    this.run = run;
    this.payloads = new Payloads(run.name(), run.series(), run.batch(), startMs, run.intervalMs());
  }

  /** A new pass over all the bodies, built ahead for the run's connections. */
  BodyQueue pass() {
    return new BodyQueue(run.batches(), run.connections(), b -> run.format().body(payloads, b));
  }
}
