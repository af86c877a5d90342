package org.pattoo.series;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One numeric sample held exactly: its time and its value, digits a double cannot hold included.
 * Counter arithmetic works on readings, so a 64-bit counter near 2^64 still rises by 1.
 */
public record Reading(long ts, BigDecimal value) {

  public Reading {
    Objects.requireNonNull(value, "value");
  }

  /** A stored sample: the double, unless {@code exact} (what the double could not hold) is set. */
  public static Reading of(long ts, double value, BigDecimal exact) {
    return new Reading(ts, exact != null ? exact : new BigDecimal(value));
  }
}
