package org.pattoo.storage.chunk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.pattoo.series.Samples;

/**
 * The exact values of the readings a double cannot hold (a 64-bit counter beyond 2^53). Most chunks
 * have none and pay one byte. A busy 64-bit counter may have one every sample, so their positions
 * are an {@link IntegerSeries} (a bit each when every sample has one), and an integer reading is
 * stored as its small distance from its own double, also an {@link IntegerSeries}. Any other exact
 * value (a fraction, a scale other than 0, a distance beyond a long) is kept whole: its scale and
 * its unscaled digits in two's complement.
 *
 * <p>Layout: count; if any, their sample indexes; count of whole ones, each as its position among
 * the exact ones (gap), scale and digits; the distances of the others.
 */
final class ExactReadings {

  private ExactReadings() {}

  static void write(Samples samples, BitWriter out) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      if (samples.beyondDouble(i) != null) {
        indexes.add(i);
      }
    }
    out.writeVarint(indexes.size());
    if (indexes.isEmpty()) {
      return;
    }
    IntegerSeries.write(indexes.stream().mapToLong(Integer::longValue).toArray(), out);
    List<Integer> whole = new ArrayList<>();
    long[] distances = new long[indexes.size()];
    int near = 0;
    for (int e = 0; e < indexes.size(); e++) {
      int i = indexes.get(e);
      OptionalLong distance = distance(samples.beyondDouble(i), samples.value(i));
      if (distance.isPresent()) {
        distances[near++] = distance.getAsLong();
      } else {
        whole.add(e);
      }
    }
    out.writeVarint(whole.size());
    int last = -1;
    for (int e : whole) {
      BigDecimal exact = samples.beyondDouble(indexes.get(e));
      out.writeVarint(e - last - 1);
      out.writeVarint((exact.scale() << 1) ^ (exact.scale() >> 31)); // zigzag: scales may be < 0
      byte[] digits = exact.unscaledValue().toByteArray();
      out.writeVarint(digits.length);
      for (byte b : digits) {
        out.write(b, 8);
      }
      last = e;
    }
    if (near > 0) {
      IntegerSeries.write(Arrays.copyOf(distances, near), out);
    }
  }

  /** Exact values by sample index, null where the double holds the reading. */
  static BigDecimal[] read(BitReader in, double[] values) {
    int count = values.length;
    BigDecimal[] exact = new BigDecimal[count];
    int entries = in.readCount("exact reading count");
    if (entries == 0) {
      return exact;
    }
    long[] indexes = IntegerSeries.read(in, entries);
    for (long index : indexes) {
      if (index < 0 || index >= count) {
        throw new IllegalArgumentException(
            "chunk is corrupt: exact reading at sample " + index + " of " + count);
      }
    }
    boolean[] isWhole = new boolean[entries];
    int wholeCount = in.readCount("whole exact reading count");
    long e = -1;
    for (int w = 0; w < wholeCount; w++) {
      e += in.readVarint() + 1;
      if (e < 0 || e >= entries) {
        throw new IllegalArgumentException(
            "chunk is corrupt: whole exact reading " + e + " of " + entries);
      }
      int zigzag = (int) in.readVarint();
      int scale = (zigzag >>> 1) ^ -(zigzag & 1);
      byte[] digits = new byte[in.readCount("exact reading length")];
      for (int b = 0; b < digits.length; b++) {
        digits[b] = (byte) in.read(8);
      }
      if (digits.length == 0) {
        throw new IllegalArgumentException(
            "chunk is corrupt: exact reading " + e + " has no digits");
      }
      exact[(int) indexes[(int) e]] = new BigDecimal(new BigInteger(digits), scale);
      isWhole[(int) e] = true;
    }
    if (wholeCount < entries) {
      long[] distances = IntegerSeries.read(in, entries - wholeCount);
      int d = 0;
      for (int k = 0; k < entries; k++) {
        if (!isWhole[k]) {
          int i = (int) indexes[k];
          if (!isInteger(values[i])) {
            throw new IllegalArgumentException(
                "chunk is corrupt: exact reading at sample " + i + " has no integer double");
          }
          BigInteger base = new BigDecimal(values[i]).toBigInteger();
          exact[i] = new BigDecimal(base.add(BigInteger.valueOf(distances[d++])));
        }
      }
    }
    return exact;
  }

  /** How far an integer reading is from its double, when both are integers and that fits a long. */
  private static OptionalLong distance(BigDecimal exact, double value) {
    if (exact.scale() != 0 || !isInteger(value)) {
      return OptionalLong.empty();
    }
    BigInteger distance = exact.unscaledValue().subtract(new BigDecimal(value).toBigInteger());
    return distance.bitLength() < 64 ? OptionalLong.of(distance.longValue()) : OptionalLong.empty();
  }

  private static boolean isInteger(double value) {
    return Double.isFinite(value) && value == Math.rint(value);
  }
}
