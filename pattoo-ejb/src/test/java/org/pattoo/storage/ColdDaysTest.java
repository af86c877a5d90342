package org.pattoo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColdDaysTest {

  static final long TODAY = 20_000;

  @Test
  void aDayMayBeCompactedOnceOlderThanCompactAfterAndADayMore() {
    assertThat(ColdDays.isCompactable(TODAY - 3, TODAY, 2)).isFalse();
    assertThat(ColdDays.isCompactable(TODAY - 4, TODAY, 2)).isTrue();
  }

  @Test
  void partitionNamesRoundTripToTheirDay() {
    long day = SampleTable.dayOf(1_600_000_000_123L);

    assertThat(SampleTable.NUMBER.partition(day)).isEqualTo("sample_20200913");
    assertThat(SampleTable.dayOfPartition("sample_text_20200913")).isEqualTo(day);
  }

  @Test
  void daysAreUtcAndFloorNegativeTimes() {
    assertThat(SampleTable.dayOf(86_399_999)).isZero();
    assertThat(SampleTable.dayOf(86_400_000)).isEqualTo(1);
    assertThat(SampleTable.dayOf(-1)).isEqualTo(-1);
  }
}
