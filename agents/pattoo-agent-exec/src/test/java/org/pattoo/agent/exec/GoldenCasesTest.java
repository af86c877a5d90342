package org.pattoo.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.agent.run.AgentConfig;

/**
 * Golden cases with real processes: each folder under testcases/ holds the agent's YAML ({@code
 * agent.yaml}, where {@code @dir@} is the folder), the data points one poll must give ({@code
 * expected.out}, as {@link Recorder} writes them) and the commands' errors ({@code expected.err}).
 * The poll's clock reads {@value #POLL_TIME}.
 */
@Timeout(60)
class GoldenCasesTest {

  static final long POLL_TIME = 1_800_000_000_000L;
  private static final Path CASES = Path.of("src/test/resources/testcases");

  @TempDir Path tmp;

  static Stream<String> cases() throws Exception {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pollGivesTheExpectedDataPointsAndErrors(String name) throws Exception {
    Path dir = CASES.resolve(name).toRealPath();
    Path yaml = tmp.resolve("agent.yaml");
    Files.writeString(
        yaml, Files.readString(dir.resolve("agent.yaml")).replace("@dir@", dir.toString()));
    AgentConfig cfg = AgentConfig.load(yaml, ExecAgent.PROGRAM);
    List<Command> commands = ExecConfig.commands(cfg.agentSection());
    cfg.agentSection().finish();
    Clock clock = Clock.fixed(Instant.ofEpochMilli(POLL_TIME), ZoneOffset.UTC);

    List<String> points = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Command c : commands) {
      new CommandCollector(c, clock).collect(new Recorder(points, errors));
    }

    assertThat(points).containsExactlyInAnyOrderElementsOf(lines(dir.resolve("expected.out"), dir));
    assertThat(errors).containsExactlyInAnyOrderElementsOf(lines(dir.resolve("expected.err"), dir));
  }

  static List<String> lines(Path file, Path dir) throws Exception {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.replace("@dir@", dir.toString()))
        .toList();
  }
}
