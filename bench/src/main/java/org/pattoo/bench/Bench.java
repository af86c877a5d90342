package org.pattoo.bench;

import java.io.PrintWriter;
import org.pattoo.bench.ingest.DecodeCommand;
import org.pattoo.bench.ingest.IngestCommand;
import org.pattoo.bench.ingest.SteadyCommand;
import org.pattoo.bench.query.QueryCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of pattoo-bench.jar: the command line with its benchmarks as subcommands. A bad
 * option is a one-line error and exit 2, a failed measurement a one-line error and exit 1.
 */
@Command(
    name = "pattoo-bench",
    subcommands = {
      IngestCommand.class,
      QueryCommand.class,
      SteadyCommand.class,
      AllCommand.class,
      DecodeCommand.class
    },
    description = {
      "Benchmarks a running pattoo server: ingestion, rollups and reads. Name a benchmark;"
          + " `pattoo-bench <benchmark> --help` lists its options.",
      ""
    })
public final class Bench {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  private boolean help;

  private Bench() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Bench());
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine where = e.getCommandLine();
          String name = where.getCommandSpec().qualifiedName();
          where.getErr().println(name + ": " + e.getMessage() + " (see " + name + " --help)");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (e, where, parsed) -> {
          PrintWriter err = where.getErr();
          err.println(where.getCommandSpec().qualifiedName() + ": " + e.getMessage());
          // An option whose value only shows its fault on use (an unreadable token file).
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli;
  }
}
