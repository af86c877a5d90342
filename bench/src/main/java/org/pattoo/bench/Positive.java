package org.pattoo.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts whole numbers of at least 1, so a typo fails as a usage error naming the option rather
 * than as a strange measurement.
 */
public final class Positive implements ITypeConverter<Long> {

  @Override
  public Long convert(String text) {
    try {
      long value = Long.parseLong(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, as every other bad value
    }
    throw new TypeConversionException(
        "expecting a whole number of at least 1, found \"" + text + "\"");
  }

  /** The same, for counts held in an int (series, connections, batch sizes). */
  public static final class Int implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String text) {
      long value = new Positive().convert(text);
      if (value > Integer.MAX_VALUE) {
        throw new TypeConversionException(
            "expecting at most " + Integer.MAX_VALUE + ", found " + value);
      }
      return (int) value;
    }
  }
}
