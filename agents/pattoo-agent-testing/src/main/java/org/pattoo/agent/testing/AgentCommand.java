package org.pattoo.agent.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An agent's main class run as its own process on the test's class path, the way systemd and people
 * run the jar: its exit status and what it printed. A process of its own because the main ends with
 * {@code System.exit}.
 */
public final class AgentCommand {

  /** What a run gave: the exit status, standard output and standard error. */
  public record Run(int status, String out, String err) {}

  private AgentCommand() {}

  /** Runs {@code main} with {@code args}; a run longer than {@code bound} fails the test. */
  public static Run run(Class<?> main, Path workDir, Duration bound, String... args)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "agent", ".out");
    Path err = Files.createTempFile(workDir, "agent", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      throw new AssertionError(main.getSimpleName() + " did not end within " + bound);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
