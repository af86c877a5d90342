package org.pattoo.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How marks of (bucket, series) become ranges to roll again; buckets here in minutes. */
class DirtyRangesTest {

  private static final long MIN = 60_000;

  @Test
  void aMarkRollsItsBucketAndTheNextForItsSeries() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(10 * MIN, new long[] {7});

    assertThat(ranges(dirty)).containsExactly("10-20 [7]");
  }

  @Test
  void touchingMarksJoinAndListTheSeriesOfBoth() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(10 * MIN, new long[] {7, 3});
    dirty.add(15 * MIN, new long[] {3, 9}); // inside the first range
    dirty.add(25 * MIN, new long[] {1}); // starts where the range (now 10-25) ends
    dirty.add(40 * MIN, new long[] {2}); // apart

    assertThat(ranges(dirty)).containsExactly("10-35 [1, 3, 7, 9]", "40-50 [2]");
  }

  @Test
  void aWholeBucketMarkRollsEverySeriesOfItsRange() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(10 * MIN, new long[] {7});
    dirty.add(15 * MIN, null);
    dirty.add(20 * MIN, new long[] {8});
    dirty.add(60 * MIN, new long[] {8});

    assertThat(ranges(dirty)).containsExactly("10-30 every", "60-70 [8]");
  }

  @Test
  void moreSeriesThanTheLimitRollEverySeries() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(0, LongStream.range(0, 600).toArray());
    dirty.add(5 * MIN, LongStream.range(300, 300 + DirtyRanges.MAX_SERIES - 300).toArray());
    dirty.add(60 * MIN, LongStream.range(0, 600).toArray());
    dirty.add(65 * MIN, LongStream.range(500, 500 + DirtyRanges.MAX_SERIES - 500 + 1).toArray());

    List<DirtyRanges.Range> ranges = dirty.ranges();
    assertThat(ranges.get(0).series()).hasSize(DirtyRanges.MAX_SERIES); // at the limit: listed
    assertThat(ranges.get(1).series()).isNull(); // one past it
  }

  private static List<String> ranges(DirtyRanges dirty) {
    return dirty.ranges().stream()
        .map(
            r ->
                r.from() / MIN
                    + "-"
                    + r.to() / MIN
                    + " "
                    + (r.series() == null ? "every" : java.util.Arrays.toString(r.series())))
        .toList();
  }
}
