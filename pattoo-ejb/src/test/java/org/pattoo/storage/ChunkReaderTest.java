package org.pattoo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pattoo.series.Samples;

class ChunkReaderTest {

  @Test
  void mergesByTimeAndKeepsTheChunksSampleWhereBothHoldATimestamp() {
    Samples chunk = Samples.of(new long[] {10, 20, 30}, new double[] {1, 2, 3});
    Samples rows = Samples.of(new long[] {5, 20, 25, 40}, new double[] {9, 99, 8, 7});

    Samples merged = ChunkReader.merge(chunk, rows);

    assertThat(timestamps(merged)).containsExactly(5L, 10L, 20L, 25L, 30L, 40L);
    assertThat(values(merged)).containsExactly(9.0, 1.0, 2.0, 8.0, 3.0, 7.0);
  }

  @Test
  void aRepeatWithinOneListIsReturnedOnceTheFirstKept() {
    Samples rows = new Samples();
    rows.add(1, 1.0, null);
    rows.add(1, 2.0, null);
    rows.add(2, 3.0, new BigDecimal("18446744073709551615"));

    Samples merged = ChunkReader.merge(new Samples(), rows);

    assertThat(timestamps(merged)).containsExactly(1L, 2L);
    assertThat(values(merged)).containsExactly(1.0, 3.0);
    assertThat(merged.beyondDouble(1)).isEqualTo(new BigDecimal("18446744073709551615"));
  }

  @Test
  void seriesOnlyInChunksAreAddedToTheRows() {
    Map<Long, Samples> rows = new HashMap<>();
    rows.put(1L, Samples.of(new long[] {3}, new double[] {3}));
    Map<Long, Samples> chunks = new HashMap<>();
    chunks.put(1L, Samples.of(new long[] {1}, new double[] {1}));
    chunks.put(2L, Samples.of(new long[] {2}, new double[] {2}));

    Map<Long, Samples> merged = ChunkReader.merge(rows, chunks);

    assertThat(timestamps(merged.get(1L))).containsExactly(1L, 3L);
    assertThat(timestamps(merged.get(2L))).containsExactly(2L);
  }

  @Test
  void theTailsOfTwoListsMergeIntoTheTailOfTheirMerge() {
    Random random = new Random(5);
    for (int n = 0; n < 2_000; n++) {
      Samples a = ascending(random);
      Samples b = ascending(random);

      Samples whole = ChunkReader.merge(a, b);
      Samples tails = ChunkReader.merge(ChunkReader.tail(a, 2), ChunkReader.tail(b, 2));

      int from = Math.max(0, whole.size() - 2);
      Long[] expected = Arrays.copyOfRange(timestamps(whole), from, whole.size());
      Double[] expectedValues = Arrays.copyOfRange(values(whole), from, whole.size());
      Samples got = ChunkReader.tail(tails, 2);
      assertThat(timestamps(got)).containsExactly(expected);
      assertThat(values(got)).containsExactly(expectedValues);
    }
  }

  /** Up to 6 samples at distinct, rising timestamps below 10 (so lists often share some). */
  private static Samples ascending(Random random) {
    Samples s = new Samples();
    for (long t = 0; t < 10; t++) {
      if (s.size() < 6 && random.nextInt(3) == 0) {
        s.add(t, random.nextInt(100), null);
      }
    }
    return s;
  }

  private static Long[] timestamps(Samples s) {
    Long[] out = new Long[s.size()];
    for (int i = 0; i < s.size(); i++) {
      out[i] = s.ts(i);
    }
    return out;
  }

  private static Double[] values(Samples s) {
    Double[] out = new Double[s.size()];
    for (int i = 0; i < s.size(); i++) {
      out[i] = s.value(i);
    }
    return out;
  }
}
