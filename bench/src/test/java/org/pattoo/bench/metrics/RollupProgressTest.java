package org.pattoo.bench.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * When the benchmarks count the rollups as caught up, with figures worked out by hand. The
 * watermark used throughout, 1,699,999,800,000 ms, is bucket 5,666,666 (x 300,000 ms).
 */
class RollupProgressTest {

  static final long WATERMARK = 1_699_999_800_000L;

  /** Scraped at 1,700,000,012,345: 212.345 s behind that, plus 7 ms the server read later. */
  static final long SCRAPED_AT = 1_700_000_012_345L;

  static Optional<RollupProgress> progress(String pending, String lagLine) {
    return RollupProgress.of(
        MetricsText.parse(
            "pattoo_database_metrics_up 1.0\n"
                + "pattoo_rollup_pending_buckets "
                + pending
                + "\n"
                + lagLine),
        SCRAPED_AT);
  }

  @Test
  void theMarkIsSixMinutesBeforeFlooredToFive() {
    // 1,700,000,123,456 - 360,000 = 1,699,999,763,456; / 300,000 = 5,666,665.88 -> 5,666,665.
    assertThat(RollupProgress.mark(1_700_000_123_456L)).isEqualTo(1_699_999_500_000L);
    // On a boundary: 1,700,000,160,000 - 360,000 = 1,699,999,800,000, bucket 5,666,666 itself.
    assertThat(RollupProgress.mark(1_700_000_160_000L)).isEqualTo(WATERMARK);
    assertThat(RollupProgress.mark(1_700_000_159_999L)).isEqualTo(WATERMARK - 300_000);
  }

  @Test
  void theWatermarkComesBackOnItsBoundaryDespiteTheClocksMilliseconds() {
    // 1,700,000,012,345 - 212,352 = 1,699,999,799,993, 7 ms short of the boundary.
    RollupProgress p = progress("0.0", "pattoo_rollup_lag_seconds{tier=\"5m\"} 212.352\n").get();

    assertThat(p.doneUntilMs()).isEqualTo(OptionalLong.of(WATERMARK));
    assertThat(p.pendingBuckets()).isZero();
  }

  @Test
  void caughtUpWhenNothingIsPendingAndTheWatermarkReachedTheMark() {
    RollupProgress p = progress("0.0", "pattoo_rollup_lag_seconds{tier=\"5m\"} 212.352\n").get();

    assertThat(p.caughtUp(RollupProgress.mark(1_700_000_160_000L))).isTrue();
    assertThat(p.caughtUp(RollupProgress.mark(1_700_000_000_000L))).isTrue();
  }

  @Test
  void notCaughtUpWhileTheWatermarkIsABucketShort() {
    RollupProgress p = progress("0.0", "pattoo_rollup_lag_seconds{tier=\"5m\"} 212.352\n").get();
    long mark = RollupProgress.mark(1_700_000_460_000L); // 1,700,000,100,000

    assertThat(p.caughtUp(mark)).isFalse();
    assertThat(p.describe(mark))
        .isEqualTo("0 buckets to roll again, the 5-minute watermark 300 s short");
  }

  @Test
  void notCaughtUpWhileBucketsWaitToBeRolledAgain() {
    RollupProgress p = progress("3.0", "pattoo_rollup_lag_seconds{tier=\"5m\"} 212.352\n").get();
    long mark = RollupProgress.mark(1_700_000_160_000L);

    assertThat(p.caughtUp(mark)).isFalse();
    assertThat(p.describe(mark))
        .isEqualTo("3 buckets to roll again, the 5-minute watermark 0 s short");
  }

  @Test
  void notCaughtUpBeforeTheJobsFirstRun() {
    RollupProgress p = progress("0.0", "").get();

    assertThat(p.caughtUp(0)).isFalse();
    assertThat(p.describe(0)).isEqualTo("0 buckets to roll again, no 5-minute watermark yet");
  }

  @Test
  void aScrapeWithoutTheDatabaseGaugesTellsNothing() {
    Optional<RollupProgress> p =
        RollupProgress.of(
            MetricsText.parse(
                "pattoo_database_metrics_up 0.0\n"
                    + "pattoo_rollup_pending_buckets 0.0\n"
                    + "pattoo_rollup_lag_seconds{tier=\"5m\"} 212.352\n"),
            SCRAPED_AT);

    assertThat(p).isEmpty();
  }
}
