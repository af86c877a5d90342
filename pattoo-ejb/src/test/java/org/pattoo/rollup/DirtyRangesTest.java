package org.pattoo.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How late-sample marks become ranges to roll again; buckets here in minutes. */
class DirtyRangesTest {

  private static final long MIN = 60_000;

  @Test
  void aMarkRollsItsBucketsAndTheNextForItsSeries() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(10 * MIN, 10 * MIN, 7L);
    dirty.add(60 * MIN, 75 * MIN, 7L);

    assertThat(ranges(dirty)).containsExactly("10-20 [7]", "60-85 [7]");
  }

  @Test
  void touchingMarksJoinAndListTheSeriesOfBoth() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(10 * MIN, 10 * MIN, 7L);
    dirty.add(10 * MIN, 15 * MIN, 3L); // the range is now 10-25
    dirty.add(15 * MIN, 15 * MIN, 9L); // inside it
    dirty.add(25 * MIN, 25 * MIN, 1L); // starts where it ends
    dirty.add(40 * MIN, 40 * MIN, 2L); // apart

    assertThat(ranges(dirty)).containsExactly("10-35 [1, 3, 7, 9]", "40-50 [2]");
  }

  @Test
  void aMarkForEverySeriesRollsEverySeriesOfItsRange() {
    DirtyRanges dirty = new DirtyRanges();
    dirty.add(10 * MIN, 10 * MIN, 7L);
    dirty.add(15 * MIN, 15 * MIN, null);
    dirty.add(20 * MIN, 20 * MIN, 8L);
    dirty.add(60 * MIN, 60 * MIN, 8L);

    assertThat(ranges(dirty)).containsExactly("10-30 every", "60-70 [8]");
  }

  @Test
  void moreSeriesThanTheLimitRollEverySeries() {
    DirtyRanges dirty = new DirtyRanges();
    for (long id = 0; id < DirtyRanges.MAX_SERIES; id++) {
      dirty.add(0, 0, id);
      dirty.add(0, 0, id); // marked twice, counted once
    }
    for (long id = 0; id <= DirtyRanges.MAX_SERIES; id++) {
      dirty.add(60 * MIN, 60 * MIN, id);
    }

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
                    + (r.series() == null ? "every" : Arrays.toString(r.series())))
        .toList();
  }
}
