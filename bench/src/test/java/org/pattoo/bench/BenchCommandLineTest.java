package org.pattoo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's answers to bad usage: exit 2 and one line naming the option, before anything
 * is sent (no server runs here; a request would fail with exit 1 instead).
 */
class BenchCommandLineTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Bench.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void aPointCountOfZeroIsRefusedNamingTheOption() {
    Run r = run("ingest", "--api-token-file", "t", "--points", "0");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "pattoo-bench ingest: Invalid value for option '--points': expecting a whole number"
                + " of at least 1, found \"0\" (see pattoo-bench ingest --help)"
                + NL);
  }

  @Test
  void aSeriesCountThatIsNoNumberIsRefused() {
    Run r = run("query", "--api-token-file", "t", "--series", "1k");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("pattoo-bench query: Invalid value for option '--series': ")
        .contains("found \"1k\"");
  }

  @Test
  void aCountBeyondAnIntIsRefused() {
    Run r = run("ingest", "--api-token-file", "t", "--connections", "3000000000");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'--connections': expecting at most 2147483647, found 3000000000");
  }

  @Test
  void anUnknownFormatIsRefusedWithTheOnesThereAre() {
    Run r = run("ingest", "--api-token-file", "t", "--format", "json");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'--format': expecting line or pattoo, found json");
  }

  @Test
  void anUnknownPeerIsRefusedWhenOnlyChecking() {
    Run r = run("ingest", "--api-token-file", "t", "--compare", "influx", "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "pattoo-bench ingest: Invalid value for option '--compare': expecting influxdb, found"
                + " influx (see pattoo-bench ingest --help)"
                + NL);
  }

  @Test
  void comparingTheAgentJsonAloneIsRefused() {
    Run r =
        run(
            "ingest",
            "--api-token-file",
            "t",
            "--compare",
            "influxdb",
            "--format",
            "pattoo",
            "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "pattoo-bench ingest: --compare: pattoo agent JSON has no InfluxDB counterpart;"
                + " compare line protocol (--format line, or no --format)"
                + NL);
  }

  @Test
  void aComparisonWithInfluxDbPassesTheCheck() {
    Run r =
        run(
            "ingest",
            "--api-token-file",
            "t",
            "--compare=influxdb",
            "--influxdb-dir",
            "/tmp/influxdb",
            "--check");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anInfluxDbUrlWithoutSchemeIsRefused() {
    Run r =
        run(
            "ingest",
            "--api-token-file",
            "t",
            "--compare",
            "influxdb",
            "--influxdb-url",
            "127.0.0.1:18086",
            "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("'--influxdb-url': expecting http://... or https://..., found 127.0.0.1:18086");
  }

  @Test
  void aUrlWithoutSchemeIsRefused() {
    Run r = run("all", "--api-token-file", "t", "--url", "localhost:8080/pattoo");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("'--url': expecting http://... or https://..., found localhost:8080/pattoo");
  }

  @Test
  void fewerPointsThanOneBatchAreRefusedEvenWhenOnlyChecking() {
    // Both formats run by default, so the larger batch, line protocol's 10,000, is the bound.
    Run r = run("ingest", "--api-token-file", "t", "--points", "9999", "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "pattoo-bench ingest: --points: expecting at least one batch (--batch 10000), found"
                + " 9999"
                + NL);
  }

  @Test
  void aNegativeWarmUpIsRefusedAndNoneIsAllowed() {
    Run negative = run("ingest", "--api-token-file", "t", "--warm-up", "-1", "--check");
    Run none = run("ingest", "--api-token-file", "t", "--warm-up", "0", "--check");

    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err())
        .isEqualTo("pattoo-bench ingest: --warm-up: expecting 0 or more points, found -1" + NL);
    assertThat(none.exit()).isEqualTo(0);
  }

  @Test
  void theSameFiguresPassForTheFormatWithSmallerBatches() {
    Path missing = dir.resolve("api-token");

    Run r =
        run(
            "ingest",
            "--api-token-file",
            missing.toString(),
            "--points",
            "9999",
            "--format",
            "pattoo");

    // --check is left out: this run would post, so it must fail on the missing token file first.
    assertThat(r.err())
        .isEqualTo(
            "pattoo-bench ingest: --api-token-file: cannot read "
                + missing
                + ": no such file"
                + NL);
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void aSteadyRunTooShortForTwoWholeBucketsIsRefused() {
    Run r = run("steady", "--api-token-file", "t", "--minutes", "9", "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("pattoo-bench steady: --minutes: expecting at least 10 ")
        .endsWith("found 9" + NL);
  }

  @Test
  void aSteadyRateAboveAPointPerSeriesAndMillisecondIsRefused() {
    // 10 series at 30,000 points/s: a point every 0.33 ms each, which rounds to none.
    Run r = run("steady", "--api-token-file", "t", "--series", "10", "--rate", "30000", "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--rate: expecting at most --series x 1000 points/s");
  }

  @Test
  void validOptionsPassTheCheckSilently() {
    Run r = run("query", "--api-token-file", "t", "--series", "10", "--repeat", "3", "--check");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theApiTokenFileIsRequired() {
    Run r = run("ingest", "--check");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--api-token-file=FILE'");
  }

  @Test
  void anEmptyTokenFileIsRefusedNamingTheOption() throws Exception {
    Path empty = Files.writeString(dir.resolve("api-token"), "\n");

    Run r = run("query", "--api-token-file", empty.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("pattoo-bench query: --api-token-file: " + empty + " is empty" + NL);
  }

  @Test
  void aBenchmarkMustBeNamed() {
    Run r = run();

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("pattoo-bench: Missing required subcommand (see pattoo-bench --help)" + NL);
  }

  @Test
  void eachBenchmarkHasItsHelp() {
    Run r = run("query", "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: pattoo-bench query ").contains("--repeat=N");
  }

  @Test
  void theIngestHelpDocumentsTheComparison() {
    Run r = run("ingest", "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("--compare=PEER", "--influxdb-url=URL", "--influxdb-dir=DIR")
        .contains("With --compare influxdb, the line-protocol run is sent again");
  }

  @Test
  void aServerNeverPrintsItsTokens() {
    Server server =
        new Server("http://localhost:8080/pattoo", Optional.of("agent-secret"), "api-secret");

    assertThat(server.toString()).isEqualTo("http://localhost:8080/pattoo");
  }
}
