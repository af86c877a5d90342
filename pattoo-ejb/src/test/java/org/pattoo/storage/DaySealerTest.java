package org.pattoo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sealing reads a day's series in groups of bounded size. */
class DaySealerTest {

  private static Map<Long, Long> rows(long... idAndCount) {
    Map<Long, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < idAndCount.length; i += 2) {
      out.put(idAndCount[i], idAndCount[i + 1]);
    }
    return out;
  }

  @Test
  void groupsSeriesUpToTheLimitInOrder() {
    // 4 + 5 = 9 <= 10; + 2 would be 11: a new group; 2 + 8 = 10 fits.
    assertThat(DaySealer.batches(rows(1, 4, 2, 5, 3, 2, 4, 8), 10))
        .containsExactly(List.of(1L, 2L), List.of(3L, 4L));
  }

  @Test
  void aSeriesLargerThanTheLimitIsAGroupOfItsOwn() {
    assertThat(DaySealer.batches(rows(1, 3, 2, 25, 3, 3), 10))
        .containsExactly(List.of(1L), List.of(2L), List.of(3L));
  }

  @Test
  void noSeriesNoGroups() {
    assertThat(DaySealer.batches(rows(), 10)).isEmpty();
  }
}
