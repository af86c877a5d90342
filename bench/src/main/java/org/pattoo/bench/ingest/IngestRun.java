package org.pattoo.bench.ingest;

/**
 * One run of the load generator: the format, how many points over how many series, how they are cut
 * into requests and spread over connections, the time between a series' points, and the name its
 * bucket or agent id gets.
 */
public record IngestRun(
    Format format,
    long points,
    int series,
    int batch,
    int connections,
    long intervalMs,
    String name) {

  public IngestRun {
    if (points < batch) {
      throw new IllegalArgumentException(
          "--points: expecting at least one batch (--batch " + batch + "), found " + points);
    }
  }

  /** The same shape with {@code warmUpPoints} (a batch at least), to series of its own. */
  IngestRun warmUp(long warmUpPoints) {
    return new IngestRun(
        format,
        Math.max(warmUpPoints, batch),
        series,
        batch,
        connections,
        intervalMs,
        name + "-warm-up");
  }

  /** Requests the run makes: whole batches only. */
  long batches() {
    return points / batch;
  }

  /** The points the run really posts: {@code points} cut down to whole batches. */
  public long postedPoints() {
    return batches() * batch;
  }

  /** How the step line names the run, e.g. "Influx line protocol, 10,000-point batches, ...". */
  String describe() {
    return String.format(
        "%s, %,d-point batches, %d connection%s",
        format.title(), batch, connections, connections == 1 ? "" : "s");
  }
}
