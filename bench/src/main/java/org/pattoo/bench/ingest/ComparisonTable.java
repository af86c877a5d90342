package org.pattoo.bench.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of the runs side by side: per format, pattoo's rate (whole run and once warm),
 * latency and bytes per sample, the peer's for the same bodies, and the ratio pattoo/peer of each.
 * A rate ratio above 1 means pattoo took the points faster; latency and storage ratios above 1 mean
 * pattoo's are larger.
 */
final class ComparisonTable {

  /** One run's figures on one system; bytes per sample when they were measured. */
  record Measured(String system, RunResult result, OptionalDouble bytesPerSample) {}

  /** One format's run on pattoo and, when compared, on the peer, with the same bodies. */
  record Row(String run, Measured pattoo, Optional<Measured> peer) {}

  private static final String LINE = "%-8s %-16s %12s %12s %9s %9s %13s%n";

  private ComparisonTable() {}

  static String render(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        f(
            LINE,
            "run",
            "system",
            "points/s",
            "after " + LoadGenerator.WARM_UP_SECONDS + " s",
            "p50 ms",
            "p99 ms",
            "bytes/sample"));
    for (Row row : rows) {
      out.append(line(row.run(), row.pattoo()));
      if (row.peer().isPresent()) {
        Measured peer = row.peer().get();
        RunResult a = row.pattoo().result();
        RunResult b = peer.result();
        out.append(line("", peer));
        out.append(
            f(
                LINE,
                "",
                "pattoo/" + peer.system(),
                ratio(a.pointsPerSecond(), b.pointsPerSecond()),
                a.warmPointsPerSecond().isPresent() && b.warmPointsPerSecond().isPresent()
                    ? ratio(
                        a.warmPointsPerSecond().getAsDouble(),
                        b.warmPointsPerSecond().getAsDouble())
                    : "-",
                ratio(a.p50Ms(), b.p50Ms()),
                ratio(a.p99Ms(), b.p99Ms()),
                row.pattoo().bytesPerSample().isPresent() && peer.bytesPerSample().isPresent()
                    ? ratio(
                        row.pattoo().bytesPerSample().getAsDouble(),
                        peer.bytesPerSample().getAsDouble())
                    : "-"));
      }
    }
    return out.toString();
  }

  private static String line(String run, Measured m) {
    RunResult r = m.result();
    return f(
        LINE,
        run,
        m.system(),
        f("%,.0f", r.pointsPerSecond()),
        r.warmPointsPerSecond().isPresent()
            ? f("%,.0f", r.warmPointsPerSecond().getAsDouble())
            : "-",
        f("%.1f", r.p50Ms()),
        f("%.1f", r.p99Ms()),
        m.bytesPerSample().isPresent() ? f("%.1f", m.bytesPerSample().getAsDouble()) : "-");
  }

  private static String ratio(double a, double b) {
    return b > 0 ? f("%.2f", a / b) : "-";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
