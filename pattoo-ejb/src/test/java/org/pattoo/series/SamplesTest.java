package org.pattoo.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void samplesInTimeOrderAreKeptAsTheyAre() {
    Samples samples = Samples.of(new long[] {1, 2, 2, 5}, new double[] {1, 2, 3, 4});
    assertSame(samples, samples.inTimeOrder());
  }

  @Test
  void shuffledSamplesAreSortedByTimeWithTheirValues() {
    Random random = new Random(17);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(50);
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        times.add(1_000L * i + random.nextInt(1_000));
      }
      List<Long> shuffled = new ArrayList<>(times);
      Collections.shuffle(shuffled, random);
      Samples samples = new Samples();
      for (long t : shuffled) {
        // The value names its time; every third sample also has an exact value that does.
        samples.add(t, -t, t % 3 == 0 ? BigDecimal.valueOf(t).pow(3) : null);
      }

      Samples sorted = samples.inTimeOrder();

      assertEquals(n, sorted.size());
      for (int i = 0; i < n; i++) {
        long t = times.get(i);
        assertEquals(t, sorted.ts(i));
        assertEquals(-t, sorted.value(i));
        assertEquals(t % 3 == 0 ? BigDecimal.valueOf(t).pow(3) : null, sorted.beyondDouble(i));
      }
    }
  }

  @Test
  void samplesBeforeATimeKeepTheirExactValues() {
    Samples samples = new Samples();
    samples.add(10, 1, null);
    samples.add(20, 2, new BigDecimal("18446744073709551615"));
    samples.add(30, 3, null);

    Samples before = samples.before(30);

    assertEquals(2, before.size());
    assertEquals(20, before.ts(1));
    assertEquals(new BigDecimal("18446744073709551615"), before.beyondDouble(1));
    assertEquals(0, samples.before(10).size());
    assertSame(samples, samples.before(31));
  }
}
