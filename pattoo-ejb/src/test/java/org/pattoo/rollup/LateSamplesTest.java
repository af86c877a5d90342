package org.pattoo.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LateSamplesTest {

  private static final long FIVE = 300_000;

  @Test
  void runsJoinBucketsAtMostTheGapApart() {
    // Buckets 0, 1, 3, 16 and 30: 1 empty bucket between 1 and 3, 12 between 3 and 16, 13
    // between 16 and 30.
    TreeSet<Long> buckets = new TreeSet<>(List.of(0L, FIVE, 3 * FIVE, 16 * FIVE, 30 * FIVE));

    assertEquals(List.of("0-1", "3-3", "16-16", "30-30"), inBuckets(LateSamples.runs(buckets, 0)));
    assertEquals(List.of("0-3", "16-16", "30-30"), inBuckets(LateSamples.runs(buckets, 1)));
    assertEquals(List.of("0-16", "30-30"), inBuckets(LateSamples.runs(buckets, 12)));
    assertEquals(List.of("0-30"), inBuckets(LateSamples.runs(buckets, 13)));
  }

  @Test
  void oneBucketIsOneRun() {
    assertEquals(List.of("7-7"), inBuckets(LateSamples.runs(new TreeSet<>(List.of(7 * FIVE)), 12)));
  }

  private static List<String> inBuckets(List<long[]> runs) {
    return runs.stream().map(r -> r[0] / FIVE + "-" + r[1] / FIVE).toList();
  }
}
