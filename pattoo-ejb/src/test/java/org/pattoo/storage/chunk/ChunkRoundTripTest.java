package org.pattoo.storage.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pattoo.storage.chunk.Series.DAY_MS;
import static org.pattoo.storage.chunk.Series.START;
import static org.pattoo.storage.chunk.Series.assertRoundTrips;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pattoo.series.CounterMath;
import org.pattoo.series.Samples;

/** Adversarial series come back from a chunk bit for bit. */
class ChunkRoundTripTest {

  @Test
  void specialBitPatternsComeBackExactly() {
    double[] v = new double[Series.SPECIAL_BITS.length * 3];
    for (int i = 0; i < v.length; i++) {
      v[i] = Double.longBitsToDouble(Series.SPECIAL_BITS[i % Series.SPECIAL_BITS.length]);
    }
    assertRoundTrips(Series.of(Series.regular(START, 1000, v.length), v));
  }

  @Test
  void randomBitPatternsIncludingNaNPayloadsComeBackExactly() {
    Random rnd = new Random(17);
    double[] v = Series.rawBits(rnd, 20_000);
    long nans = java.util.Arrays.stream(v).filter(Double::isNaN).count();
    assertThat(nans).as("NaNs among 20,000 random patterns").isGreaterThan(0);
    assertRoundTrips(Series.of(Series.irregular(rnd, START, DAY_MS, v.length), v));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, Double.NaN, 42.5, 1e300, Double.MIN_VALUE, -7})
  void constantsComeBackExactly(double value) {
    assertRoundTrips(Series.of(Series.regular(START, 60_000, 1440), Series.constant(value, 1440)));
  }

  @Test
  void hugeJumpsComeBackExactly() {
    double[] cycle = {1e300, -1e300, Double.MIN_VALUE, 0, 12.5, -Double.MAX_VALUE, 3, 1e-300};
    double[] v = new double[4000];
    for (int i = 0; i < v.length; i++) {
      v[i] = cycle[(i * 7 + i / 3) % cycle.length];
    }
    assertRoundTrips(Series.of(Series.regular(START, 10_000, v.length), v));
  }

  @Test
  void decimalsWithOddValuesAmongThemComeBackExactly() {
    Random rnd = new Random(3);
    double[] v = Series.decimalWalk(rnd, 2, 50, 3, 5000);
    v[0] = Double.NaN; // an exception before the first decimal
    v[1] = -0.0;
    v[100] = Double.longBitsToDouble(0x7ff0000000000abcL);
    v[101] = Double.POSITIVE_INFINITY;
    v[2000] = 1e300;
    v[2001] = 0.1 + 0.2; // a computed value, not a short decimal
    v[4999] = Double.NEGATIVE_INFINITY;
    assertRoundTrips(Series.of(Series.regular(START, 10_000, v.length), v));
  }

  @Test
  void decimalsAtTheEdgeOfExactIntegersComeBackExactly() {
    double[] v = {0x1p53 - 1, 0x1p53, 0x1p53 + 2, -0x1p53 + 1, 999999999999.999, 1e-15, 1e15};
    assertRoundTrips(Series.of(Series.regular(START, 1, v.length), v));
  }

  @Test
  void irregularTimestampsComeBackExactly() {
    Random rnd = new Random(5);
    assertRoundTrips(
        Series.of(Series.irregular(rnd, START, 3 * DAY_MS, 5000), Series.rawBits(rnd, 5000)));
    assertRoundTrips(
        Series.of(Series.regular(START, 1, 5000), Series.decimalWalk(rnd, 1, 0, 5, 5000)));
    assertRoundTrips(
        Series.of(
            Series.irregular(rnd, -2_000_000_000_000L, DAY_MS, 5000),
            Series.decimalWalk(rnd, 3, -10, 1, 5000)));
    assertRoundTrips(Series.of(Series.jittered(rnd, 10_000, 400, 8640), Series.rawBits(rnd, 8640)));
  }

  @Test
  void theWidestTimestampRangeComesBackExactly() {
    long[] ts = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    assertRoundTrips(Series.of(ts, new double[] {1, 2, 3, 4, 5, 6}));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, START, Long.MIN_VALUE, Long.MAX_VALUE})
  void aSingleSampleComesBackExactly(long ts) {
    assertRoundTrips(Series.of(new long[] {ts}, new double[] {Double.longBitsToDouble(ts)}));
  }

  @Test
  void noSamplesComeBackAsNone() {
    assertThat(assertRoundTrips(new Samples()).size()).isZero();
  }

  @Test
  void exactCountersBeyondTwoToThe53AndA64BitWrapComeBackExactly() {
    BigInteger reading = new BigInteger("18446744073709549000"); // 2^64 - 2616
    BigInteger wrap = BigInteger.ONE.shiftLeft(64);
    Samples in = new Samples();
    int exactOnes = 0;
    for (int i = 0; i < 2000; i++) {
      String text = reading.toString();
      double value = Double.parseDouble(text);
      BigDecimal exact = CounterMath.beyondDouble(text, value);
      exactOnes += exact == null ? 0 : 1;
      in.add(START + i * 10_000L, value, exact);
      reading = reading.add(BigInteger.valueOf(1 + i % 7)).mod(wrap);
    }
    // other scales and signs than a counter's, which the numeric column can hold as well
    in.add(START + DAY_MS, 9007199254740994.0, new BigDecimal("9007199254740993.5"));
    in.add(START + DAY_MS + 1, -9007199254740992.0, new BigDecimal("-9007199254740993"));
    in.add(START + DAY_MS + 2, 1.23e22, new BigDecimal(BigInteger.valueOf(123), -20));
    in.add(START + DAY_MS + 3, Double.NaN, new BigDecimal("18446744073709551615"));
    in.add(START + DAY_MS + 4, 0, new BigDecimal(BigInteger.ONE.shiftLeft(70)));
    in.add(START + DAY_MS + 5, 0x1p64, new BigDecimal("18446744073709551615"));

    assertThat(exactOnes).as("readings beyond a double before the wrap").isBetween(100, 1999);
    assertRoundTrips(in);
  }

  @Test
  void aHundredThousandSamplesComeBackExactly() {
    Random rnd = new Random(100_000);
    double[] v = Series.decimalWalk(rnd, 2, 20, 4, 100_000);
    for (int i = 0; i < v.length; i += 997) {
      v[i] = Double.longBitsToDouble(rnd.nextLong());
    }
    assertRoundTrips(Series.of(Series.jittered(rnd, 1000, 20, v.length), v));
    assertRoundTrips(
        Series.of(Series.irregular(rnd, START, DAY_MS, 100_000), Series.rawBits(rnd, 100_000)));
  }

  /** Series spliced from every kind above, in random lengths: the codec's choices all meet. */
  @Test
  void fuzzedSeriesComeBackExactly() {
    Random rnd = new Random(2026);
    for (int run = 0; run < 400; run++) {
      int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 3000);
      double[] v = new double[n];
      int i = 0;
      while (i < n) {
        int len = Math.min(n - i, 1 + rnd.nextInt(400));
        double[] part =
            switch (rnd.nextInt(5)) {
              case 0 -> Series.rawBits(rnd, len);
              case 1 -> Series.constant(Double.longBitsToDouble(rnd.nextLong()), len);
              case 2 -> Series.decimalWalk(rnd, rnd.nextInt(6), rnd.nextGaussian() * 1e6, 50, len);
              case 3 -> Series.constant(rnd.nextInt(3), len);
              default -> Series.decimalWalk(rnd, 0, 0, 1e12, len);
            };
        System.arraycopy(part, 0, v, i, len);
        i += len;
      }
      long[] ts =
          rnd.nextBoolean()
              ? Series.jittered(rnd, 1 + rnd.nextInt(60_000), rnd.nextInt(500), n)
              : Series.irregular(rnd, rnd.nextLong(-1L << 45, 1L << 45), 3 * DAY_MS, n);
      if (ts.length > 1 && !ascending(ts)) {
        ts = Series.regular(START, 1000, n); // heavy jitter on a short step can reorder polls
      }
      assertRoundTrips(Series.of(ts, v));
    }
  }

  private static boolean ascending(long[] ts) {
    for (int i = 1; i < ts.length; i++) {
      if (ts[i] <= ts[i - 1]) {
        return false;
      }
    }
    return true;
  }
}
