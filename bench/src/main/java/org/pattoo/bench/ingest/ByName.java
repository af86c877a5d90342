package org.pattoo.bench.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's value as one of the constants, by the names the help text gives. */
abstract class ByName<E extends Enum<E>> implements ITypeConverter<E> {

  private final E[] values;

  ByName(E[] values) {
    this.values = values;
  }

  @Override
  public E convert(String text) {
    return Arrays.stream(values)
        .filter(v -> v.toString().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "expecting "
                        + Arrays.stream(values).map(E::toString).collect(Collectors.joining(" or "))
                        + ", found "
                        + text));
  }
}
