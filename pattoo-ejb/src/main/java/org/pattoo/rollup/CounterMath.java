package org.pattoo.rollup;

import java.util.OptionalDouble;

/**
 * How much a counter rose between two readings. A drop is a wrap when adding the counter's range
 * (2^32 or 2^64) gives an increase under half that range; any other drop is a reset (a device
 * reboot), which yields no increase at all rather than a false spike.
 */
public final class CounterMath {

  /** 2^32 and 2^64, exactly representable as doubles. */
  static final double RANGE_32 = 4_294_967_296d;

  static final double RANGE_64 = 18_446_744_073_709_551_616d;

  private CounterMath() {}

  /** The increase from {@code previous} to {@code current}; empty on a reset. */
  public static OptionalDouble increase(double previous, double current, int bits) {
    double delta = current - previous;
    if (delta >= 0) {
      return OptionalDouble.of(delta);
    }
    double range = bits == 32 ? RANGE_32 : RANGE_64;
    double wrapped = delta + range;
    return wrapped >= 0 && wrapped < range / 2
        ? OptionalDouble.of(wrapped)
        : OptionalDouble.empty();
  }

  /** Per-second rate between two readings {@code ms} apart; empty on a reset or no time. */
  public static OptionalDouble rate(double previous, double current, long ms, int bits) {
    if (ms <= 0) {
      return OptionalDouble.empty();
    }
    OptionalDouble inc = increase(previous, current, bits);
    return inc.isPresent()
        ? OptionalDouble.of(inc.getAsDouble() * 1000 / ms)
        : OptionalDouble.empty();
  }
}
