package org.pattoo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher refuses what it does not know before doing anything: a mistyped option must not
 * start (or stop) the system as if nothing were wrong. Needs no server.
 */
class LauncherIT {

  @ParameterizedTest
  @ValueSource(strings = {"up", "down", "status", "test"})
  void refusesAnUnknownOptionWithItsUsageAndExit2(String command) throws Exception {
    Run run = launch(command, "--bogus");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr())
        .startsWith("pattoo: " + command + ": unknown option --bogus\n\nUsage: ./pattoo <command>");
  }

  @Test
  void refusesAnUnknownCommand() throws Exception {
    Run run = launch("frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).startsWith("pattoo: unknown command frobnicate\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"up", "down", "status"})
  void refusesAServerItDoesNotKnowBeforeStartingAnything(String command) throws Exception {
    Run run = launch(command, "--server", "tomcat");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr())
        .isEqualTo("pattoo: " + command + ": --server takes payara or wildfly, not \"tomcat\"\n");
  }

  @Test
  void refusesAnOptionAfterTheServer() throws Exception {
    Run run = launch("up", "--server", "wildfly", "--bogus");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).startsWith("pattoo: up: unknown option --bogus\n\nUsage:");
  }

  /** Runs ../pattoo with the arguments; its standard error is kept in a file, then read. */
  private static Run launch(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("../pattoo"));
    command.addAll(List.of(args));
    File err = File.createTempFile("launcher", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err)
              .start();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
      return new Run(p.exitValue(), Files.readString(err.toPath()));
    } finally {
      err.delete();
    }
  }

  private record Run(int exit, String stderr) {}
}
