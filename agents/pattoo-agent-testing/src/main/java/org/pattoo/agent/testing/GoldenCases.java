package org.pattoo.agent.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentConfig;
import org.pattoo.agent.run.AgentMain;

/**
 * Golden cases, Telegraf-style: one folder per case under {@code src/test/resources/testcases/},
 * with the agent's YAML and files of expected lines; what the agents' parameterised tests share.
 */
public final class GoldenCases {

  /** The cases' folder, relative to the module the tests run in. */
  public static final Path DIR = Path.of("src/test/resources/testcases");

  private GoldenCases() {}

  /** The cases' names, sorted: the parameters of a test. */
  public static Stream<String> names() throws Exception {
    try (Stream<Path> dirs = Files.list(DIR)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** A case file's lines, stripped, without blank lines and # comments; none when absent. */
  public static List<String> lines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** The agent's collectors for this configuration file, read as the agent's main reads it. */
  public static List<Collector> collectors(AgentMain.Agent agent, Path yaml) throws Exception {
    AgentConfig cfg = AgentConfig.load(yaml, agent.program(), agent.formerSections());
    List<Collector> collectors = agent.collectors(cfg.agentSection());
    cfg.agentSection().finish();
    return collectors;
  }

  /**
   * An expected line ({@code target key type value labels...}) with its value written as {@link
   * Recorder} writes numbers of its type, so {@code 25} and {@code 25.0} compare equal as floats.
   */
  public static String normalized(String line) {
    String[] w = line.split(" ", 5);
    String value =
        switch (w[2]) {
          case "int" -> Long.toString(Long.parseLong(w[3]));
          case "float" -> Double.toString(Double.parseDouble(w[3]));
          default -> w[3];
        };
    return w[0] + " " + w[1] + " " + w[2] + " " + value + (w.length > 4 ? " " + w[4] : "");
  }
}
