package org.pattoo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
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
    File err = File.createTempFile("launcher", ".err");
    Process p =
        new ProcessBuilder("../pattoo", command, "--bogus")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err)
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(err.toPath());
    err.delete();

    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(stderr)
        .startsWith("pattoo: " + command + ": unknown option --bogus\n\nUsage: ./pattoo <command>");
  }

  @Test
  void refusesAnUnknownCommand() throws Exception {
    Process p =
        new ProcessBuilder("../pattoo", "frobnicate")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String stderr = new String(p.getErrorStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(stderr).startsWith("pattoo: unknown command frobnicate\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"up", "down", "status"})
  void refusesAServerItDoesNotKnowBeforeStartingAnything(String command) throws Exception {
    Process p =
        new ProcessBuilder("../pattoo", command, "--server", "tomcat")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String stderr = new String(p.getErrorStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(stderr)
        .isEqualTo("pattoo: " + command + ": --server takes payara or wildfly, not \"tomcat\"\n");
  }

  @Test
  void refusesAnOptionAfterTheServer() throws Exception {
    Process p =
        new ProcessBuilder("../pattoo", "up", "--server", "wildfly", "--bogus")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String stderr = new String(p.getErrorStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(stderr).startsWith("pattoo: up: unknown option --bogus\n\nUsage:");
  }
}
