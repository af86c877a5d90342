package org.pattoo.bench.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A system {@code --compare} sends the same line-protocol load to, right after pattoo. */
public enum Peer {
  /** InfluxDB 1.x, through its {@code /write} API. */
  INFLUXDB("influxdb", "InfluxDB");

  private final String option;
  private final String title;

  Peer(String option, String title) {
    this.option = option;
    this.title = title;
  }

  String title() {
    return title;
  }

  @Override
  public String toString() {
    return option;
  }

  /** Reads {@code --compare} by the names the help text gives. */
  public static final class Converter implements ITypeConverter<Peer> {

    @Override
    public Peer convert(String text) {
      return Arrays.stream(values())
          .filter(p -> p.option.equals(text))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "expecting "
                          + Arrays.stream(values())
                              .map(Peer::toString)
                              .collect(Collectors.joining(" or "))
                          + ", found "
                          + text));
    }
  }
}
