package org.pattoo.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partition names and bounds, which retention reads back from the catalog. */
class RollupTierTest {

  @ParameterizedTest
  @CsvSource({
    "FIVE_MINUTES, 2026-11-25T14:05:00Z, rollup_5m_202611, 2026-11-01T00:00:00Z, 2026-12-01T00:00:00Z",
    "FIVE_MINUTES, 2024-02-29T23:55:00Z, rollup_5m_202402, 2024-02-01T00:00:00Z, 2024-03-01T00:00:00Z",
    "HOUR, 2026-12-31T23:00:00Z, rollup_1h_2026, 2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z",
    "DAY, 2020-09-13T00:00:00Z, rollup_1d_2020, 2020-01-01T00:00:00Z, 2021-01-01T00:00:00Z"
  })
  void partitionsAreNamedAndBoundedByTheirSpan(
      RollupTier tier, String bucket, String name, String start, String end) {
    long partitionStart = tier.partitionStart(ms(bucket));

    assertThat(partitionStart).isEqualTo(ms(start));
    assertThat(tier.partition(partitionStart)).isEqualTo(name);
    assertThat(tier.partitionStartOf(name)).isEqualTo(partitionStart);
    assertThat(tier.partitionEnd(partitionStart)).isEqualTo(ms(end));
  }

  private static long ms(String iso) {
    return ZonedDateTime.parse(iso).withZoneSameInstant(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
