package org.pattoo.storage.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each coding on its own, on data it would never be chosen for: a chunk picks the smallest, so
 * round trips through {@link SampleChunk} alone could leave a coding's odd paths untried.
 */
class ChunkCodingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"xor", "chimp", "decimal0", "decimal2", "decimal15"})
  void everyValueCodingGivesBackEveryBitPattern(String coding) {
    Random rnd = new Random(coding.hashCode());
    double[] values = new double[6000];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          switch (i / 1000) {
            case 0 -> Double.longBitsToDouble(rnd.nextLong());
            case 1 -> Double.longBitsToDouble(Series.SPECIAL_BITS[i % Series.SPECIAL_BITS.length]);
            case 2 -> Math.round(rnd.nextGaussian() * 1e4) / 100.0;
            case 3 -> i % 7 == 0 ? Double.NaN : 5;
            case 4 -> rnd.nextDouble();
            default -> Double.longBitsToDouble(rnd.nextLong() & 0x800fffffffffffffL); // subnormal
          };
    }
    BitWriter out = new BitWriter();
    switch (coding) {
      case "xor" -> XorValues.write(values, out);
      case "chimp" -> ChimpValues.write(values, out);
      default -> DecimalValues.write(values, Integer.parseInt(coding.substring(7)), out);
    }
    BitReader in = new BitReader(out.toByteArray());
    double[] back =
        switch (coding) {
          case "xor" -> XorValues.read(in, values.length);
          case "chimp" -> ChimpValues.read(in, values.length);
          default -> DecimalValues.read(in, values.length);
        };
    for (int i = 0; i < values.length; i++) {
      if (Double.doubleToRawLongBits(back[i]) != Double.doubleToRawLongBits(values[i])) {
        fail(
            coding
                + " value["
                + i
                + "]: expected bits "
                + Long.toHexString(Double.doubleToRawLongBits(values[i]))
                + ", found "
                + Long.toHexString(Double.doubleToRawLongBits(back[i])));
      }
    }
    in.requireEnd();
  }

  @ParameterizedTest
  @EnumSource(Predictor.class)
  void everyPredictorGivesBackEveryLong(Predictor predictor) {
    Random rnd = new Random(predictor.ordinal());
    long[] xs = new long[5000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] =
          switch (i / 1000) {
            case 0 -> rnd.nextLong();
            case 1 -> i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            case 2 -> 1_767_225_600_000L + i * 10_000L + rnd.nextInt(50);
            case 3 -> -i;
            default -> i % 3 == 0 ? Long.MIN_VALUE + i : i;
          };
    }
    BitWriter out = new BitWriter();
    IntegerSeries.write(xs, new Predictor[] {predictor}, out);
    byte[] bytes = out.toByteArray();
    BitReader header = new BitReader(bytes);
    header.read(64);

    assertThat(header.read(2)).as("predictor").isEqualTo(predictor.ordinal());
    assertThat(IntegerSeries.read(new BitReader(bytes), xs.length)).containsExactly(xs);
  }
}
