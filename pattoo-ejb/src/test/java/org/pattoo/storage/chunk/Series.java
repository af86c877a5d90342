package org.pattoo.storage.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.pattoo.series.Samples;

/** Test series made from fixed seeds, and the bit-exact comparison every chunk test uses. */
final class Series {

  static final long DAY_MS = 86_400_000L;
  static final long START = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  /** Doubles that must keep their exact bits: NaN payloads, infinities, signed zeros, extremes. */
  static final long[] SPECIAL_BITS = {
    0x7ff8000000000000L, // the canonical NaN
    0x7ff0000000000001L, // a signalling NaN, smallest payload
    0xfff8000000000000L, // a negative NaN
    0x7fffffffffffffffL, // NaN, every payload bit set
    0xfff0000000000123L,
    0x7ff0000000000000L, // +Inf
    0xfff0000000000000L, // -Inf
    0x8000000000000000L, // -0.0
    0x0000000000000000L,
    0x0000000000000001L, // Double.MIN_VALUE
    0x8000000000000001L,
    0x7fefffffffffffffL, // Double.MAX_VALUE
    0xffefffffffffffffL,
    0x0010000000000000L // Double.MIN_NORMAL
  };

  private Series() {}

  static Samples of(long[] ts, double[] values) {
    return Samples.of(ts, values);
  }

  static long[] regular(long start, long step, int n) {
    long[] ts = new long[n];
    for (int i = 0; i < n; i++) {
      ts[i] = start + i * step;
    }
    return ts;
  }

  /** Polls that arrive up to {@code jitter} ms either side of their slot, as agents' do. */
  static long[] jittered(Random rnd, long step, long jitter, int n) {
    long[] ts = regular(START, step, n);
    for (int i = 0; i < n; i++) {
      ts[i] += rnd.nextLong(-jitter, jitter + 1);
    }
    return ts;
  }

  /** Gaps from 1 ms up to {@code maxGap}, mostly short, now and then very long. */
  static long[] irregular(Random rnd, long start, long maxGap, int n) {
    long[] ts = new long[n];
    ts[0] = start;
    for (int i = 1; i < n; i++) {
      long bound = rnd.nextInt(10) == 0 ? maxGap : 1 + rnd.nextInt(100_000);
      ts[i] = ts[i - 1] + 1 + rnd.nextLong(bound);
    }
    return ts;
  }

  /** Every 64-bit pattern is equally likely: NaNs with payloads, infinities, subnormals, -0.0. */
  static double[] rawBits(Random rnd, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Double.longBitsToDouble(rnd.nextLong());
    }
    return v;
  }

  /** A random walk of values with {@code decimals} decimals, as an agent prints them. */
  static double[] decimalWalk(Random rnd, int decimals, double start, double step, int n) {
    double[] v = new double[n];
    double x = start;
    for (int i = 0; i < n; i++) {
      x += (rnd.nextDouble() * 2 - 1) * step;
      v[i] = Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", x));
    }
    return v;
  }

  static double[] constant(double value, int n) {
    double[] v = new double[n];
    Arrays.fill(v, value);
    return v;
  }

  /** Decodes what was encoded and demands every field back bit for bit. */
  static Samples assertRoundTrips(Samples in) {
    Samples out = SampleChunk.decode(SampleChunk.encode(in));
    assertThat(out.size()).as("size").isEqualTo(in.size());
    for (int i = 0; i < in.size(); i++) {
      if (out.ts(i) != in.ts(i)) {
        fail("ts[" + i + "]: expected " + in.ts(i) + ", found " + out.ts(i));
      }
      long expected = Double.doubleToRawLongBits(in.value(i));
      long found = Double.doubleToRawLongBits(out.value(i));
      if (found != expected) {
        fail(
            "value["
                + i
                + "]: expected bits "
                + Long.toHexString(expected)
                + ", found "
                + Long.toHexString(found));
      }
      BigDecimal exact = in.beyondDouble(i);
      if (!Objects.equals(out.beyondDouble(i), exact)) { // equals compares the scale too
        fail("exact[" + i + "]: expected " + exact + ", found " + out.beyondDouble(i));
      }
    }
    return out;
  }
}
