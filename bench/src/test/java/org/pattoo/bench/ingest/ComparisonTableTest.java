package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.pattoo.bench.ingest.ComparisonTable.Measured;
import org.pattoo.bench.ingest.ComparisonTable.Row;

/** The summary table, with figures whose rates and ratios are worked out by hand. */
class ComparisonTableTest {

  @Test
  void printsBothSystemsAndTheRatiosPattooOverThePeer() {
    // 3,000,000 points in 10 s = 300,000/s on pattoo, in 5 s = 600,000/s on InfluxDB: 0.50.
    // Once warm, 1,600,000 in 4 s = 400,000/s against 2,500,000 in 5 s = 500,000/s: 0.80.
    // Latency 60/20 = 3.00 and 120/40 = 3.00; storage 90/2.5 = 36.00.
    Row line =
        new Row(
            "line",
            new Measured(
                "pattoo",
                new RunResult(3_000_000, 10, 60, 120, 1_600_000, 4),
                OptionalDouble.of(90)),
            Optional.of(
                new Measured(
                    "InfluxDB",
                    new RunResult(3_000_000, 5, 20, 40, 2_500_000, 5),
                    OptionalDouble.of(2.5))));
    // 1,000,000 points in 8 s = 125,000/s; too short for a warm figure; no storage, no peer.
    Row json =
        new Row(
            "pattoo",
            new Measured("pattoo", new RunResult(1_000_000, 8, 15, 55), OptionalDouble.empty()),
            Optional.empty());

    String table = ComparisonTable.render(List.of(line, json));

    assertThat(table.lines().toList())
        .containsExactly(
            "run      system               points/s   after 10 s    p50 ms    p99 ms  bytes/sample",
            "line     pattoo                300,000      400,000      60.0     120.0          90.0",
            "         InfluxDB              600,000      500,000      20.0      40.0           2.5",
            "         pattoo/InfluxDB          0.50         0.80      3.00      3.00         36.00",
            "pattoo   pattoo                125,000            -      15.0      55.0             -");
  }

  @Test
  void aStorageRatioNeedsBothFigures() {
    Row line =
        new Row(
            "line",
            new Measured("pattoo", new RunResult(100, 1, 4, 8), OptionalDouble.of(50)),
            Optional.of(
                new Measured("InfluxDB", new RunResult(400, 1, 2, 2), OptionalDouble.empty())));

    assertThat(ComparisonTable.render(List.of(line)).lines().toList())
        .element(3)
        .isEqualTo(
            "         pattoo/InfluxDB          0.25            -      2.00      4.00             -");
  }
}
