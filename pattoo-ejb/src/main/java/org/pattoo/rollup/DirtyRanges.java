package org.pattoo.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What late-sample marks ask the rollup job to roll again: each marked 5-minute bucket and the one
 * after it (whose first counter interval starts in the marked one), joined into ranges where they
 * touch, each with the series marked in it. A range rolls every series once one of its marks is for
 * the whole bucket or its series pass {@link #MAX_SERIES}: a list that long costs more to filter by
 * than reading the range does.
 */
final class DirtyRanges {

  static final int MAX_SERIES = 1_000;

  private static final long FIVE = RollupTier.FIVE_MINUTES.widthMs();

  /** [from, to) to roll again, for {@code series} only, or for every series when it is null. */
  record Range(long from, long to, long[] series) {}

  private final List<Open> open = new ArrayList<>();

  /**
   * Adds a mark of the buckets {@code first..last} for one series, or for every series when {@code
   * series} is null; marks come in ascending order of their first bucket.
   */
  void add(long first, long last, Long series) {
    Open open = this.open.isEmpty() ? null : this.open.get(this.open.size() - 1);
    if (open == null || first > open.to) {
      open = new Open(first);
      this.open.add(open);
    }
    open.to = Math.max(open.to, last + 2 * FIVE);
    open.add(series);
  }

  List<Range> ranges() {
    return open.stream().map(Open::range).toList();
  }

  private static final class Open {
    final long from;
    long to;
    TreeSet<Long> series = new TreeSet<>(); // null: every series

    Open(long from) {
      this.from = from;
    }

    void add(Long marked) {
      if (series == null) {
        return;
      }
      if (marked == null) {
        series = null;
        return;
      }
      series.add(marked);
      if (series.size() > MAX_SERIES) {
        series = null;
      }
    }

    Range range() {
      return new Range(
          from, to, series == null ? null : series.stream().mapToLong(Long::longValue).toArray());
    }
  }
}
