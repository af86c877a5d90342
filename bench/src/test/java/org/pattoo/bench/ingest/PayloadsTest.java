package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated values have the shapes their comment promises, round after round. */
class PayloadsTest {

  private static final int SERIES = 8;
  private static final Payloads PAYLOADS = new Payloads("a", SERIES, 10, 0, 10_000);

  private static double at(int series, long round) {
    return PAYLOADS.value(round * SERIES + series);
  }

  @Test
  void countersNeverDecreaseAndStepBetween501And2499() {
    for (long round = 1; round < 5_000; round++) {
      double step = at(4, round) - at(4, round - 1);
      assertThat(step).isBetween(501.0, 2_499.0);
    }
  }

  @Test
  void slowGaugesStepOnceEvery360Rounds() {
    assertThat(at(5, 0)).isEqualTo(5.0);
    assertThat(at(5, 359)).isEqualTo(5.0);
    assertThat(at(5, 360)).isEqualTo(6.0);
  }

  @Test
  void loadsHaveAtMostTwoDecimalsAndVary() {
    Set<Double> seen = new HashSet<>();
    for (long round = 0; round < 100; round++) {
      double v = at(6, round);
      assertThat(BigDecimal.valueOf(v).stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
      seen.add(v);
    }
    assertThat(seen).hasSizeGreaterThan(50);
  }

  @Test
  void smallWholeNumbersStayWithin100To104() {
    for (long round = 0; round < 1_000; round++) {
      assertThat(at(7, round)).isIn(100.0, 101.0, 102.0, 103.0, 104.0);
    }
  }
}
