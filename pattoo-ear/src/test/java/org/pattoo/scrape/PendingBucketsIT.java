package org.pattoo.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pattoo.rollup.PendingBuckets;
import org.pattoo.rollup.RollupTier;
import org.pattoo.testing.TestDatabase;

/**
 * {@code pattoo_rollup_pending_buckets} counts each bucket that late marks reach once, however the
 * marks' ranges overlap, nest, repeat or touch: the query run on marks of our own, counted by hand.
 */
class PendingBucketsIT {

  static final long W = RollupTier.FIVE_MINUTES.widthMs();

  @Test
  void overlappingNestedRepeatedAndTouchingRangesCountEachBucketOnce() throws Exception {
    String table = "it_marks_" + System.nanoTime();
    TestDatabase.execute("CREATE TABLE " + table + " (bucket bigint, last_bucket bigint)");
    try {
      assertThat(TestDatabase.number(PendingBuckets.sql(table))).isZero();
      long base = 1_764_000_000_000L / W * W;
      // In buckets from base: [0, 2], [1, 1] inside it, [2, 5] overlapping it: 0-5, 6 buckets;
      // [7, 7] and [8, 9] touching it: 3; [20, 20] twice: 1. By hand: 10.
      long[][] marks = {{2, 5}, {0, 2}, {1, 1}, {8, 9}, {7, 7}, {20, 20}, {20, 20}};
      for (long[] m : marks) {
        TestDatabase.execute(
            "INSERT INTO " + table + " VALUES (?, ?)", base + m[0] * W, base + m[1] * W);
      }
      assertThat(TestDatabase.number(PendingBuckets.sql(table))).isEqualTo(10);
    } finally {
      TestDatabase.execute("DROP TABLE " + table);
    }
  }
}
