package org.pattoo.storage.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pattoo.storage.chunk.Series.START;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pattoo.series.CounterMath;
import org.pattoo.series.Samples;

/**
 * Bytes per sample for a day of typical series, printed beside TsFile's encoders (TS_2DIFF
 * timestamps + the best of GORILLA, CHIMP) for the same data, and held to the issue's targets: at
 * most 1 byte for a regular gauge that rarely changes, 2 for noisy gauges and counters.
 */
class ChunkSizeTest {

  private final StringBuilder report =
      new StringBuilder(
          String.format(
              "%n%-58s %8s %10s %10s%n", "one day of", "samples", "chunk B/s", "TsFile B/s"));

  @Test
  void aDayOfTypicalSeriesFitsTheIssuesTargets() {
    Random rnd = new Random(60);

    double a =
        measure(
            "(a) gauge every 60 s, changes 6 times a day",
            rarelyChanging(rnd, 1440),
            Series.regular(START, 60_000, 1440));
    double b =
        measure(
            "(b) CPU % with 2-decimal noise every 10 s",
            noisyPercent(rnd, 8640), Series.regular(START, 10_000, 8640));
    double c =
        measure(
            "(c) counter every 10 s, rising 0-999 a poll",
            counter(rnd, 8640, 1000),
            Series.regular(START, 10_000, 8640));
    measure(
        "(d) random doubles every 10 s",
        randomDoubles(rnd, 8640),
        Series.regular(START, 10_000, 8640));
    measure(
        "(a') as (a), polls 0-20 ms late",
        rarelyChanging(rnd, 1440),
        late(rnd, Series.regular(START, 60_000, 1440), 20));
    measure(
        "(b') as (b), polls 0-20 ms late",
        noisyPercent(rnd, 8640),
        late(rnd, Series.regular(START, 10_000, 8640), 20));
    measure(
        "(c') counter every 10 s, rising 0-999,999 a poll",
        counter(rnd, 8640, 1_000_000),
        Series.regular(START, 10_000, 8640));
    measure(
        "(e) CPU % as a full-precision ratio every 10 s",
        ratio(rnd, 8640), Series.regular(START, 10_000, 8640));
    double f = exactCounterBytes(rnd);
    report.append(
        String.format(
            "%-58s %8d %10.3f %10s%n",
            "(f) 64-bit counter near 2^64 every 10 s, exact", 8640, f, "-"));
    System.out.println(report);

    assertThat(a).as("(a) bytes per sample").isLessThanOrEqualTo(1);
    assertThat(b).as("(b) bytes per sample").isLessThanOrEqualTo(2);
    assertThat(c).as("(c) bytes per sample").isLessThanOrEqualTo(2);
  }

  private double measure(String name, double[] values, long[] ts) {
    byte[] chunk = SampleChunk.encode(Samples.of(ts, values));
    Series.assertRoundTrips(Samples.of(ts, values));
    int reference =
        TsFileReference.timestamps(ts).length
            + Math.min(
                TsFileReference.gorilla(values).length, TsFileReference.chimp(values).length);
    double perSample = (double) chunk.length / ts.length;
    report.append(
        String.format(
            "%-58s %8d %10.3f %10.3f%n",
            name, ts.length, perSample, (double) reference / ts.length));
    return perSample;
  }

  /** A set point or a temperature with one decimal that moves a few times a day. */
  private static double[] rarelyChanging(Random rnd, int n) {
    double[] v = new double[n];
    double x = 21.5;
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(n / 6) == 0) {
        x = Math.round((x + rnd.nextGaussian()) * 10) / 10.0;
      }
      v[i] = x;
    }
    return v;
  }

  /** Busy percentages as an agent prints them: 2 decimals around a drifting load. */
  private static double[] noisyPercent(Random rnd, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double load = 30 + 20 * Math.sin(i * 2 * Math.PI / n) + rnd.nextGaussian() * 3;
      v[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2f", Math.max(0, load)));
    }
    return v;
  }

  private static double[] counter(Random rnd, int n, int maxRise) {
    double[] v = new double[n];
    long x = 123_456_789L;
    for (int i = 0; i < n; i++) {
      x += rnd.nextInt(maxRise);
      v[i] = x;
    }
    return v;
  }

  private static double[] randomDoubles(Random rnd, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rnd.nextDouble() * 1000;
    }
    return v;
  }

  /** Busy time over elapsed time, not rounded: every bit of the mantissa is noise. */
  private static double[] ratio(Random rnd, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 100.0 * (300 + rnd.nextInt(400)) / (1000 + rnd.nextInt(7));
    }
    return v;
  }

  private static long[] late(Random rnd, long[] ts, int maxLate) {
    for (int i = 0; i < ts.length; i++) {
      ts[i] += rnd.nextInt(maxLate + 1);
    }
    return ts;
  }

  /** A 64-bit byte counter that passes 2^64 during the day, stored with its exact readings. */
  private static double exactCounterBytes(Random rnd) {
    BigInteger wrap = BigInteger.ONE.shiftLeft(64);
    BigInteger x = wrap.subtract(BigInteger.valueOf(4_000_000_000L));
    Samples samples = new Samples();
    for (int i = 0; i < 8640; i++) {
      x = x.add(BigInteger.valueOf(rnd.nextInt(1_000_000))).mod(wrap);
      String text = x.toString();
      double value = Double.parseDouble(text);
      BigDecimal exact = CounterMath.beyondDouble(text, value);
      samples.add(START + i * 10_000L, value, exact);
    }
    Series.assertRoundTrips(samples);
    return (double) SampleChunk.encode(samples).length / samples.size();
  }
}
