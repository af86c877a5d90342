package org.pattoo.bench.metrics;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How far the rollup job got, as the server's gauges tell it: the buckets late samples marked for
 * rolling again, and the 5-minute watermark (empty before the job's first run).
 */
public record RollupProgress(long pendingBuckets, OptionalLong doneUntilMs) {

  static final long BUCKET_MS = 300_000;

  /** A bucket rolls a minute after it closes (the server's pattoo.rollup lag). */
  static final long ROLL_DELAY_MS = 60_000;

  /**
   * The watermark that counts as caught up with what was written before {@code sinceMs}: a run of
   * the job at {@code sinceMs} rolls the buckets closed a minute before, and this is one bucket
   * less, so a job whose timer last fired up to a minute before {@code sinceMs} counts too.
   */
  public static long mark(long sinceMs) {
    return Math.floorDiv(sinceMs - BUCKET_MS - ROLL_DELAY_MS, BUCKET_MS) * BUCKET_MS;
  }

  /**
   * The progress a scrape read at {@code scrapedAtMs} shows; empty when the server could not read
   * its database gauges for it. The server gives the watermark as its lag behind its own clock; the
   * watermark only ever sits on a bucket boundary, so rounding to the nearest one undoes the
   * milliseconds between its clock reading and ours (same machine or NTP: far below 2.5 min).
   */
  public static Optional<RollupProgress> of(Scrape scrape, long scrapedAtMs) {
    if (!scrape.databaseRead()) {
      return Optional.empty();
    }
    double pending =
        scrape
            .value("pattoo_rollup_pending_buckets")
            .orElseThrow(
                () -> new IllegalStateException("the server's metrics lack pending buckets"));
    OptionalDouble lag = scrape.value("pattoo_rollup_lag_seconds", Map.of("tier", "5m"));
    OptionalLong doneUntil =
        lag.isPresent()
            ? OptionalLong.of(
                Math.round((scrapedAtMs - lag.getAsDouble() * 1000) / BUCKET_MS) * BUCKET_MS)
            : OptionalLong.empty();
    return Optional.of(new RollupProgress((long) pending, doneUntil));
  }

  /** Caught up with {@code mark}: no bucket left to roll again, and the watermark at it or past. */
  public boolean caughtUp(long mark) {
    return pendingBuckets == 0 && doneUntilMs.isPresent() && doneUntilMs.getAsLong() >= mark;
  }

  /** What is left before {@code mark}, for a progress line. */
  public String describe(long mark) {
    String watermark =
        doneUntilMs.isPresent()
            ? "the 5-minute watermark "
                + Math.max(0, (mark - doneUntilMs.getAsLong()) / 1000)
                + " s short"
            : "no 5-minute watermark yet";
    return pendingBuckets + " buckets to roll again, " + watermark;
  }
}
