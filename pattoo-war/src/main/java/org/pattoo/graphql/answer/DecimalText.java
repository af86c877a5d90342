package org.pattoo.graphql.answer;

/**
 * Doubles as JSON text, the way {@link Double#toString} writes them, but fast for what charts hold:
 * values with a few decimals. Java 17's {@code Double.toString} took a sixth of a week-long chart's
 * server time. A value v that is m / 10^k for a whole m (below 2^53) and k up to 9 is written from
 * m: the division of two exact doubles rounds to the double nearest m / 10^k, so if that is v, the
 * text m / 10^k reads back as v. Trying k from 0 up finds the fewest decimals. Other values, and
 * magnitudes Double.toString writes with an exponent, go to Double.toString.
 */
final class DecimalText {

  private static final int MAX_DECIMALS = 9;
  private static final double[] POWERS = new double[MAX_DECIMALS + 1];
  private static final long[] LONG_POWERS = new long[MAX_DECIMALS + 1];

  static {
    for (int k = 0; k <= MAX_DECIMALS; k++) {
      POWERS[k] = Math.pow(10, k); // exact: powers of ten up to 10^22 are doubles
      LONG_POWERS[k] = (long) POWERS[k];
    }
  }

  private DecimalText() {}

  /** Appends {@code v}, which must be finite. */
  static void append(StringBuilder out, double v) {
    double magnitude = Math.abs(v);
    if (magnitude >= 1e-3 && magnitude < 1e7) { // Double.toString's plain range
      for (int k = 0; k <= MAX_DECIMALS; k++) {
        double scaled = magnitude * POWERS[k];
        if (scaled >= 0x1p53) {
          break;
        }
        long m = Math.round(scaled);
        if (m / POWERS[k] == magnitude) {
          plain(out, v < 0, m, k);
          return;
        }
      }
    }
    out.append(v);
  }

  /** m / 10^k with k decimals, at least one, as in 25.0 and 0.125. */
  private static void plain(StringBuilder out, boolean negative, long m, int k) {
    if (negative) {
      out.append('-');
    }
    long whole = m / LONG_POWERS[k];
    out.append(whole).append('.');
    if (k == 0) {
      out.append('0');
      return;
    }
    long fraction = m - whole * LONG_POWERS[k];
    for (long p = LONG_POWERS[k - 1]; p > fraction && p > 1; p /= 10) {
      out.append('0'); // leading zeros of the fraction, as in 0.001
    }
    out.append(fraction);
  }
}
