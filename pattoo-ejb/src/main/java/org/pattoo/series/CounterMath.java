package org.pattoo.series;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * How much a counter rose between two readings, in exact arithmetic: near 2^64 a double cannot tell
 * two readings apart. A drop is a wrap when adding the counter's range (2^32 or 2^64) gives an
 * increase under half that range; any other drop is a reset (a device reboot), which yields no
 * increase at all rather than a false spike.
 */
public final class CounterMath {

  private static final BigDecimal RANGE_32 = BigDecimal.valueOf(1L << 32);
  private static final BigDecimal RANGE_64 = RANGE_32.multiply(RANGE_32);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private CounterMath() {}

  /** The increase from {@code previous} to {@code current}; empty on a reset. */
  public static OptionalDouble increase(BigDecimal previous, BigDecimal current, int bits) {
    BigDecimal delta = current.subtract(previous);
    if (delta.signum() >= 0) {
      return OptionalDouble.of(delta.doubleValue());
    }
    BigDecimal range = bits == 32 ? RANGE_32 : RANGE_64;
    BigDecimal wrapped = delta.add(range);
    return wrapped.signum() >= 0 && wrapped.multiply(TWO).compareTo(range) < 0
        ? OptionalDouble.of(wrapped.doubleValue())
        : OptionalDouble.empty();
  }

  /** Per-second rate from one reading to the next; empty on a reset or when no time passed. */
  public static OptionalDouble rate(Reading previous, Reading current, int bits) {
    long ms = current.ts() - previous.ts();
    if (ms <= 0) {
      return OptionalDouble.empty();
    }
    OptionalDouble inc = increase(previous.value(), current.value(), bits);
    return inc.isPresent()
        ? OptionalDouble.of(inc.getAsDouble() * 1000 / ms)
        : OptionalDouble.empty();
  }

  /**
   * What a counter reading needs stored beside its double: its exact value when the double does not
   * hold it (integers beyond 2^53), else null. {@code text} is the reading as the agent sent it.
   */
  public static BigDecimal beyondDouble(String text, double value) {
    if (Math.abs(value) < 0x1p53) {
      return null;
    }
    try {
      BigDecimal exact = new BigDecimal(text.trim());
      return exact.compareTo(new BigDecimal(value)) == 0 ? null : exact;
    } catch (NumberFormatException e) {
      return null; // a form only Java's double parser takes (hex, a 'd' suffix): the double is it
    }
  }
}
