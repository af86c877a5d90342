package org.pattoo.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;

class BucketsTest {

  private static final double RANGE_32 = 4_294_967_296d;

  static final long MIN = 60_000;
  static final long FIVE = 5 * MIN;
  static final long HOUR = 60 * MIN;

  @Test
  void gaugeBucketsHoldMinMaxSumCountFirstAndLast() {
    long[] ts = {0, MIN, 2 * MIN, 5 * MIN};
    double[] v = {4, 1, 7, 3};

    List<Bucket> b = Buckets.of(Samples.of(ts, v), FIVE, 0);

    assertThat(b).hasSize(2);
    assertThat(b.get(0)).isEqualTo(new Bucket(0, 3, 12, 1, 7, 0, 4, 2 * MIN, 7, 0, 0, null));
    assertThat(b.get(0).average()).isEqualTo(4);
    assertThat(b.get(1).start()).isEqualTo(FIVE);
  }

  @Test
  void aSingleSampleHasNoRate() {
    List<Bucket> b = Buckets.of(Samples.of(new long[] {MIN}, new double[] {10}), FIVE, 64);

    assertThat(b).hasSize(1);
    assertThat(b.get(0).rate()).isNaN();
  }

  @Test
  void aRepeatedTimestampKeepsItsFirstValue() {
    List<Bucket> b =
        Buckets.of(Samples.of(new long[] {0, 0, MIN}, new double[] {1, 99, 3}), FIVE, 0);

    assertThat(b.get(0).count()).isEqualTo(2);
    assertThat(b.get(0).max()).isEqualTo(3);
  }

  @Test
  void anIntervalCountsInTheBucketWhereItEnds() {
    long[] ts = {4 * MIN, 6 * MIN};
    double[] v = {100, 220};

    List<Bucket> b = Buckets.of(Samples.of(ts, v), FIVE, 32);

    assertThat(b.get(0).seconds()).isZero();
    assertThat(b.get(1).increase()).isEqualTo(120);
    assertThat(b.get(1).rate()).isEqualTo(1.0);
  }

  @Test
  void theSampleBeforeTheRangeGivesTheFirstInterval() {
    List<Bucket> b =
        Buckets.of(
            Samples.of(new long[] {FIVE}, new double[] {160}),
            FIVE,
            32,
            new Reading(FIVE - MIN, BigDecimal.valueOf(100)));

    assertThat(b.get(0).rate()).isEqualTo(1.0);
  }

  @Test
  void aResetLeavesAGapNotASpike() {
    long[] ts = {0, MIN, 2 * MIN, 3 * MIN};
    double[] v = {1000, 1060, 5, 65};

    Bucket b = Buckets.of(Samples.of(ts, v), FIVE, 64).get(0);

    assertThat(b.increase()).isEqualTo(120);
    assertThat(b.seconds()).isEqualTo(120);
    assertThat(b.rate()).isEqualTo(1.0);
  }

  @Test
  void mergingInEitherOrderKeepsTheEarliestFirstAndTheLatestLast() {
    Bucket early = new Bucket(0, 2, 3, 1, 2, 0, 1, MIN, 2, 5, 60, null);
    Bucket late = new Bucket(FIVE, 2, 7, 3, 4, 2 * MIN, 3, 3 * MIN, 4, 10, 60, null);
    Bucket whole = new Bucket(0, 4, 10, 1, 4, 0, 1, 3 * MIN, 4, 15, 120, null);

    assertThat(early.merge(late, 0)).isEqualTo(whole);
    assertThat(late.merge(early, 0)).isEqualTo(whole); // rows of a tier come in any order
  }

  @Test
  void fiftyMinutesOfASteadyCounterMakeOneHourWithHandCountedTotals() {
    // A 64-bit counter read every minute for 50 minutes, growing by 7 each time: 0, 7, ..., 343.
    long[] ts = new long[50];
    double[] v = new double[50];
    for (int i = 0; i < 50; i++) {
      ts[i] = i * MIN;
      v[i] = 7 * i;
    }

    List<Bucket> b = Buckets.of(Samples.of(ts, v), HOUR, 64);

    assertThat(b).hasSize(1);
    Bucket hour = b.get(0);
    assertThat(hour.count()).isEqualTo(50);
    assertThat(hour.sum()).isEqualTo(7 * 1225); // 7 x (0 + 1 + ... + 49)
    assertThat(Arrays.asList(hour.min(), hour.max(), hour.first(), hour.last()))
        .isEqualTo(Arrays.asList(0.0, 343.0, 0.0, 343.0));
    assertThat(hour.lastTs()).isEqualTo(49 * MIN);
    assertThat(hour.increase()).isEqualTo(343); // 49 intervals of 7
    assertThat(hour.seconds()).isEqualTo(49 * 60);
    assertThat(hour.rate()).isCloseTo(7.0 / 60, within(1e-12));
  }

  @Test
  void mergingFiveMinuteBucketsGivesTheHourFromRawSamples() {
    Random random = new Random(42);
    int n = 500;
    long[] ts = new long[n];
    double[] v = new double[n];
    double counter = 4_294_000_000d; // wraps early on
    long t = 0;
    for (int i = 0; i < n; i++) {
      t += MIN + random.nextInt(30_000) - 15_000; // jittered, sometimes two per minute
      counter += random.nextInt(100_000);
      if (counter >= RANGE_32) {
        counter -= RANGE_32;
      }
      if (i == 300) {
        counter = 17; // a reboot
      }
      ts[i] = t;
      v[i] = counter;
    }

    List<Bucket> hourly = Buckets.of(Samples.of(ts, v), HOUR, 32);
    List<Bucket> merged = new ArrayList<>();
    for (Bucket five : Buckets.of(Samples.of(ts, v), FIVE, 32)) {
      long hour = Buckets.startOf(five.start(), HOUR);
      if (!merged.isEmpty() && merged.get(merged.size() - 1).start() == hour) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1).merge(five, hour));
      } else {
        merged.add(
            new Bucket(
                hour,
                five.count(),
                five.sum(),
                five.min(),
                five.max(),
                five.firstTs(),
                five.first(),
                five.lastTs(),
                five.last(),
                five.increase(),
                five.seconds(),
                five.lastExact()));
      }
    }

    assertThat(merged).hasSameSizeAs(hourly);
    for (int i = 0; i < hourly.size(); i++) {
      Bucket h = hourly.get(i);
      Bucket m = merged.get(i);
      assertThat(m.rate()).isCloseTo(h.rate(), within(1e-9));
      assertThat(m.count()).isEqualTo(h.count());
      assertThat(m.increase()).isCloseTo(h.increase(), within(1e-6));
      assertThat(Arrays.asList(m.min(), m.max(), m.first(), m.last()))
          .isEqualTo(Arrays.asList(h.min(), h.max(), h.first(), h.last()));
    }
  }

  static List<Bucket> bucketsOf(List<long[]> samples, long width) {
    long[] ts = samples.stream().mapToLong(s -> s[0]).toArray();
    double[] v = samples.stream().mapToDouble(s -> s[1]).toArray();
    return Buckets.of(Samples.of(ts, v), width, 64);
  }
}
