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
}
