package org.pattoo.bench.ingest;

import java.util.Optional;
import org.pattoo.bench.Say;

/**
 * A run's untimed warm-up: the same shape to series of its own, ending where the run begins, so the
 * run finds a server whose JIT compilers are done, as in one that has been running, and a day whose
 * fold has not passed the run's time. Pattoo and the peer get the same bodies.
 */
record WarmUp(IngestRun run, SharedBodies bodies) {

  /** The warm-up of {@code measured} with {@code points}, or none for 0. */
  static Optional<WarmUp> of(IngestRun measured, SharedBodies measuredBodies, long points) {
    if (points == 0) {
      return Optional.empty();
    }
    IngestRun run = measured.warmUp(points);
    return Optional.of(new WarmUp(run, measuredBodies.before(run)));
  }

  /** Posts the warm-up to {@code target}; returns the points posted. */
  long post(String system, Target target) throws InterruptedException {
    Say.step(
        "ingestion benchmark: warming "
            + system
            + " up, untimed: "
            + String.format("%,d points, ", run.postedPoints())
            + run.describe());
    return LoadGenerator.run(run, bodies, target).points();
  }
}
