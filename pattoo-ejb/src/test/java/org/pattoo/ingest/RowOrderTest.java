package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowOrderTest {

  @Test
  void sortsBySeriesKeepingArrivalOrderWithinASeries() {
    long[] series = {7, 3, 7, 1, 3};
    long[] ts = {10, 20, 5, 40, 50};
    double[] values = {0.7, 0.3, 0.75, 0.1, 0.35};

    RowOrder.bySeries(series, ts, values);

    assertThat(series).containsExactly(1, 3, 3, 7, 7);
    assertThat(ts).containsExactly(40, 20, 50, 10, 5);
    assertThat(values).containsExactly(0.1, 0.3, 0.35, 0.7, 0.75);
  }

  @Test
  void idsTooLargeToPackStayInArrivalOrder() {
    long[] series = {Long.MAX_VALUE, 2};
    long[] ts = {1, 2};
    double[] values = {1, 2};

    RowOrder.bySeries(series, ts, values);

    assertThat(series).containsExactly(Long.MAX_VALUE, 2);
    assertThat(ts).containsExactly(1, 2);
  }

  @Test
  void sortsByTimeThenSeriesKeepingArrivalOrderForEqualPairs() {
    long[] series = {9, 4, 9, 4, 2, 9};
    long[] ts = {200, 200, 100, 100, 200, 100};
    double[] values = {1, 2, 3, 4, 5, 6};

    RowOrder.byTime(series, ts, values);

    assertThat(ts).containsExactly(100, 100, 100, 200, 200, 200);
    assertThat(series).containsExactly(4, 9, 9, 2, 4, 9);
    assertThat(values).containsExactly(4, 3, 6, 5, 2, 1);
  }

  @Test
  void rowsInTimeOrderButTheLastPairAreSorted() {
    // In order up to the last row, which breaks the series order of the time it shares.
    long[] series = {1, 2, 3, 1, 2, 1};
    long[] ts = {100, 100, 100, 200, 200, 200};
    double[] values = {1, 2, 3, 4, 5, 6};

    RowOrder.byTime(series, ts, values);

    assertThat(series).containsExactly(1, 2, 3, 1, 1, 2);
    assertThat(values).containsExactly(1, 2, 3, 4, 6, 5);
  }

  @Test
  void rowsInSeriesOrderButTheLastAreSorted() {
    long[] series = {1, 2, 3, 4, 2};
    long[] ts = {1, 2, 3, 4, 5};

    RowOrder.bySeries(series, ts, new double[5]);

    assertThat(series).containsExactly(1, 2, 2, 3, 4);
    assertThat(ts).containsExactly(1, 2, 5, 3, 4); // arrival order within series 2
  }

  @Test
  void aSpanTooLongToPackWithTheSeriesIsSortedByTimeAlone() {
    // 3 series take 2 bits beside the row's 24: 37 bits are left for the span, 2^37 ms is 4.4
    // years.
    long year = 365L * 86_400_000;
    long[] series = {3, 1, 2, 1};
    long[] ts = {5 * year, 0, 5 * year, 1};
    double[] values = {1, 2, 3, 4};

    RowOrder.byTime(series, ts, values);

    assertThat(ts).containsExactly(0, 1, 5 * year, 5 * year);
    assertThat(series).containsExactly(1, 1, 3, 2); // equal times stay in arrival order
  }
}
