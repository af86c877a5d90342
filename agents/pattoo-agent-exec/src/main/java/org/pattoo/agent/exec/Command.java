package org.pattoo.agent.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pattoo.agent.Metadata;

/**
 * One configured command: what to run and how, and how to read what it prints.
 *
 * @param name the polled target of its data points and the name in its errors
 * @param argv the program and its arguments, passed as they are (with a shell: /bin/sh -c text)
 * @param inheritEnvironment whether {@code environment} is added to the agent's own environment
 *     (true) or replaces it (false)
 * @param maxOutputBytes more standard output than this is an error, never kept
 * @param metadata identity labels added to every data point
 */
record Command(
    String name,
    List<String> argv,
    Duration timeout,
    Map<String, String> environment,
    boolean inheritEnvironment,
    Optional<Path> workingDirectory,
    OutputFormat format,
    Precision precision,
    int maxOutputBytes,
    List<Metadata> metadata) {

  Command {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: expecting a non-empty string");
    }
    if (argv == null || argv.isEmpty() || argv.get(0).isBlank()) {
      throw new IllegalArgumentException("command: expecting a program and its arguments");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: expecting a positive duration");
    }
    if (maxOutputBytes < 1) {
      throw new IllegalArgumentException(
          "max_output_bytes: expecting a positive integer, found " + maxOutputBytes);
    }
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
    metadata = List.copyOf(metadata);
  }

  /**
   * The effective settings in one line for the log; environment values may be secrets, so only
   * their names.
   */
  String describe() {
    return name
        + ": "
        + String.join(" ", argv)
        + ", timeout "
        + timeoutText()
        + ", format "
        + format.configName()
        + (environment.isEmpty()
            ? ""
            : ", environment "
                + (inheritEnvironment ? "adds " : "is only ")
                + new java.util.TreeSet<>(environment.keySet()))
        + workingDirectory.map(d -> ", in " + d).orElse("");
  }

  /** The timeout as people write it in the YAML: {@code 0.5 s}, {@code 10 s}. */
  String timeoutText() {
    double seconds = timeout.toMillis() / 1000.0;
    return (seconds == Math.rint(seconds)
            ? Long.toString((long) seconds)
            : Double.toString(seconds))
        + " s";
  }
}
