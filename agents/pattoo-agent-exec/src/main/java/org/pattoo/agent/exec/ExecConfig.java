package org.pattoo.agent.exec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** Reads the agent's {@code commands}: each one's program, bounds, environment and format. */
final class ExecConfig {

  static final int DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(ExecConfig.class.getPackageName());

  private ExecConfig() {}

  static List<Command> commands(ConfigNode section) throws ConfigException {
    long interval = section.integer("polling_interval", 300, 1, 86_400);
    List<ConfigNode> nodes = section.list("commands");
    if (nodes.isEmpty()) {
      throw new ConfigException(where(section, "commands") + ": expecting at least one command");
    }
    List<Command> commands = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (ConfigNode node : nodes) {
      Command c = command(node, interval);
      String earlier = names.putIfAbsent(c.name(), node.path());
      if (earlier != null) {
        throw new ConfigException(
            where(node, "name")
                + ": \""
                + c.name()
                + "\" already names "
                + earlier
                + "; give each command its own name");
      }
      commands.add(c);
    }
    return commands;
  }

  private static Command command(ConfigNode node, long interval) throws ConfigException {
    boolean shell = node.bool("shell", false);
    List<String> argv =
        shell
            ? List.of("/bin/sh", "-c", node.string("command").orElse(""))
            : node.strings("command");
    if (argv.isEmpty() || argv.get(argv.size() - 1).isBlank()) {
      throw new ConfigException(
          where(node, "command")
              + (shell
                  ? ": expecting the shell command line as one string"
                  : ": expecting a list: the program, then its arguments"));
    }
    if (!shell && argv.size() == 1 && argv.get(0).strip().contains(" ")) {
      // a whole command line where the program's path belongs: say how to write it
      throw new ConfigException(
          where(node, "command")
              + ": \""
              + argv.get(0)
              + "\" is not a program; list the program and its arguments, or set shell: true");
    }
    String name = node.string("name").orElse(Path.of(argv.get(0)).getFileName().toString());
    double seconds = node.decimal("timeout", 10, 0.1, 86_400);
    if (seconds > interval) {
      LOG.warning(
          where(node, "timeout")
              + ": "
              + seconds
              + " s is over polling_interval, using "
              + interval);
      seconds = interval;
    }
    Map<String, String> environment = node.mapping("environment");
    boolean inherit = node.bool("inherit_environment", true);
    Optional<Path> directory = node.string("working_directory").map(Path::of);
    if (directory.isPresent() && !Files.isDirectory(directory.get())) {
      throw new ConfigException(
          where(node, "working_directory") + ": no such directory " + directory.get());
    }
    OutputFormat format = format(node);
    Precision precision = precision(node, format);
    long max = node.integer("max_output_bytes", DEFAULT_MAX_OUTPUT_BYTES, 1, 256L * 1024 * 1024);
    List<Metadata> metadata = new ArrayList<>();
    for (Map.Entry<String, String> e : node.mapping("metadata").entrySet()) {
      try {
        metadata.add(Metadata.of(e.getKey(), e.getValue()));
      } catch (IllegalArgumentException ex) {
        throw new ConfigException(
            where(node, "metadata") + "." + e.getKey() + ": " + ex.getMessage());
      }
    }
    node.finish();
    try {
      return new Command(
          name,
          argv,
          Duration.ofMillis(Math.round(seconds * 1000)),
          environment,
          inherit,
          directory,
          format,
          precision,
          (int) max,
          metadata);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(node.path() + "." + e.getMessage());
    }
  }

  private static OutputFormat format(ConfigNode node) throws ConfigException {
    String name = node.string("format").orElse(OutputFormat.KEY_VALUE.configName());
    return OutputFormat.of(name)
        .orElseThrow(
            () ->
                new ConfigException(
                    where(node, "format")
                        + ": expecting key_value or influx, found \""
                        + name
                        + "\""));
  }

  private static Precision precision(ConfigNode node, OutputFormat format) throws ConfigException {
    Optional<String> name = node.string("precision");
    if (name.isEmpty()) {
      return Precision.NS;
    }
    if (format != OutputFormat.INFLUX) {
      throw new ConfigException(
          where(node, "precision") + ": only line protocol has timestamps (format: influx)");
    }
    return Precision.of(name.get())
        .orElseThrow(
            () ->
                new ConfigException(
                    where(node, "precision")
                        + ": expecting ns, us, ms or s, found \""
                        + name.get()
                        + "\""));
  }

  private static String where(ConfigNode node, String key) {
    return node.path().isEmpty() ? key : node.path() + "." + key;
  }
}
