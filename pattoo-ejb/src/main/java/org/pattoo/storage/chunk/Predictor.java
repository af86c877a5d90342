package org.pattoo.storage.chunk;

/**
 * How an {@link IntegerSeries} guesses its next value from the ones before and the series' typical
 * step; only the miss is written. Each suits a kind of series, and the codec keeps whichever misses
 * least.
 */
enum Predictor {
  /** On a fixed grid from the first value: polls that come a little late, but never drift. */
  GRID,
  /** The previous value plus the step: noisy gauges, counters rising at a varying rate. */
  DELTA,
  /** The previous value plus the previous change: regular timestamps, steady counters. */
  DELTA_OF_DELTA;

  /**
   * The guess for value {@code i}: {@code previous} is value {@code i - 1}, {@code change} its
   * difference from the one before (the step, for value 1). Arithmetic wraps, as the misses do.
   */
  long guess(long first, int i, long previous, long change, long step) {
    return switch (this) {
      case GRID -> first + i * step;
      case DELTA -> previous + step;
      case DELTA_OF_DELTA -> previous + change;
    };
  }
}
