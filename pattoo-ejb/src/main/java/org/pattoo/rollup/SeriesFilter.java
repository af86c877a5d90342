package org.pattoo.rollup;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The series a re-roll is limited to, or every series. */
final class SeriesFilter {

  static final SeriesFilter ALL = new SeriesFilter(null);

  private final long[] ids;

  private SeriesFilter(long[] ids) {
    this.ids = ids;
  }

  /** Limited to {@code ids}, or every series when it is null. */
  static SeriesFilter of(long[] ids) {
    return ids == null ? ALL : new SeriesFilter(ids.clone());
  }

  /**
   * A condition to append to a WHERE clause: nothing for every series. The ids are numbers, so they
   * go into the text as an array literal, and statements built from text can take it too.
   */
  String sql(String column) {
    return ids == null
        ? ""
        : " AND "
            + column
            + " = ANY('{"
            + Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","))
            + "}'::bigint[])";
  }

  /** The ids, or null for every series. */
  List<Long> ids() {
    return ids == null ? null : Arrays.stream(ids).boxed().toList();
  }
}
