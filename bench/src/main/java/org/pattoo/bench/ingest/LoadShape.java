package org.pattoo.bench.ingest;

import org.pattoo.bench.Positive;
import picocli.CommandLine.Option;

/** The options that shape a load, shared by {@code ingest} and {@code steady}. */
final class LoadShape {

  @Option(
      names = "--series",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "distinct series (default: ${DEFAULT-VALUE})")
  int series = 10_000;

  @Option(
      names = "--batch",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "data points per request (default: 10000 for line, 1000 for pattoo)")
  private Integer batch;

  @Option(
      names = "--connections",
      paramLabel = "N",
      converter = Positive.Int.class,
      description = "concurrent connections (default: ${DEFAULT-VALUE})")
  int connections = 2;

  /** Data points per request in {@code format}. */
  int batch(Format format) {
    return batch != null ? batch : format.defaultBatch();
  }
}
