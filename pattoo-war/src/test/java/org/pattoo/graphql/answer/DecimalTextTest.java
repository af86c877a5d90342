package org.pattoo.graphql.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

  private static final Random RANDOM = new Random(29);

  private static String text(double v) {
    StringBuilder out = new StringBuilder();
    DecimalText.append(out, v);
    return out.toString();
  }

  /** The text reads back as v, bit for bit, in no more digits than Double.toString's. */
  private static void assertExact(double v) {
    String s = text(v);
    assertThat(Double.doubleToRawLongBits(Double.parseDouble(s)))
        .as("%s read back from %s", Double.toString(v), s)
        .isEqualTo(Double.doubleToRawLongBits(v));
    assertThat(s).matches("-?(0|[1-9][0-9]*)\\.[0-9]+(E-?[0-9]+)?"); // JSON, as Double.toString
    assertThat(digits(s)).as(s).isLessThanOrEqualTo(digits(Double.toString(v)));
  }

  private static int digits(String s) {
    return new BigDecimal(s).stripTrailingZeros().precision();
  }

  private static void assertAll(DoubleSupplier values) {
    for (int i = 0; i < 200_000; i++) {
      assertExact(values.getAsDouble());
    }
  }

  @Test
  void writesHandWorkedValues() {
    assertThat(text(18542.6)).isEqualTo("18542.6");
    assertThat(text(41145)).isEqualTo("41145.0");
    assertThat(text(-0.125)).isEqualTo("-0.125");
    assertThat(text(0.001)).isEqualTo("0.001");
    assertThat(text(0.0012)).isEqualTo("0.0012");
    assertThat(text(1.05)).isEqualTo("1.05");
    assertThat(text(9_999_999.5)).isEqualTo("9999999.5");
    assertThat(text(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(text(1e7)).isEqualTo("1.0E7");
    assertThat(text(0.000999)).isEqualTo("9.99E-4");
    assertThat(text(-0.0)).isEqualTo("-0.0");
    assertThat(text(0)).isEqualTo("0.0");
  }

  @Test
  void shortDecimalsReadBackExactlyAndAsDoubleToStringWritesThem() {
    for (int i = 0; i < 200_000; i++) {
      int k = RANDOM.nextInt(10);
      double v = (RANDOM.nextLong() % 10_000_000_000L) / Math.pow(10, k);
      assertExact(v);
      if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7) {
        assertThat(new BigDecimal(text(v))).isEqualByComparingTo(BigDecimal.valueOf(v));
      }
    }
  }

  @Test
  void anyDoubleReadsBackExactly() {
    assertAll(DecimalTextTest::finiteOfAnyExponent);
    assertAll(() -> RANDOM.nextDouble() * 1e7);
    assertAll(() -> (RANDOM.nextDouble() - 0.5) * 2e-2);
    assertAll(() -> Math.nextUp(RANDOM.nextInt(10_000_000) / 1000.0)); // a hair above a decimal
  }

  private static double finiteOfAnyExponent() {
    double v;
    do {
      v = Double.longBitsToDouble(RANDOM.nextLong());
    } while (!Double.isFinite(v));
    return v;
  }

  @Test
  void edgesOfThePlainRangeReadBackExactly() {
    for (double v :
        new double[] {
          1e-3,
          Math.nextDown(1e-3),
          Math.nextUp(1e-3),
          1e7,
          Math.nextDown(1e7),
          0x1p53 / 1e9,
          4.35,
          2.675,
          1.005,
          8.41,
          0.3
        }) {
      assertExact(v);
      assertExact(-v);
    }
  }
}
