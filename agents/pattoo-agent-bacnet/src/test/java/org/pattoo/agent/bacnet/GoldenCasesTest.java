package org.pattoo.agent.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.run.AgentConfig;

/**
 * Golden cases against real BACnet/IP devices (@bacnet-js/client): device 1234 on 127.0.0.2:47808
 * and device 5678 on 127.0.0.3:47808, serving the tables of src/test/peers/device-*.json; nobody
 * answers at 127.0.0.4. Each folder under testcases/ holds the agent's YAML ({@code agent.yaml}),
 * the data points ({@code expected.out}: "target key int|float|string value labels"), the target
 * errors ({@code expected.err}: "target: reason") one poll must give, optionally the requests
 * device 1234 must have answered ({@code expected.requests}) and a bound on the poll's duration
 * ({@code expected.seconds}, else 5). With {@code between-polls} (commands for device 1234, e.g.
 * "set analog-input:3 present-value real 23.75"), the agent polls once, the commands run, and the
 * expectations are those of a second poll; device 1234 is reset to its table afterwards.
 */
class GoldenCasesTest {

  private static final Path CASES = Path.of("src/test/resources/testcases");

  private static DevicePeer device1234;
  private static DevicePeer device5678;
  private static DevicePeer device9012;

  @TempDir Path tmp;

  @BeforeAll
  static void startDevices() throws Exception {
    device1234 = new DevicePeer("127.0.0.2", 47808, "device-1234.json");
    device5678 = new DevicePeer("127.0.0.3", 47808, "device-5678.json");
    device9012 = new DevicePeer("127.0.0.7", 47808, "device-9012.json");
  }

  @AfterAll
  static void stopDevices() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {device1234, device5678, device9012}) {
      if (c != null) {
        c.close();
      }
    }
  }

  static Stream<String> cases() throws Exception {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pollGivesTheExpectedDataPointsAndErrors(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Path yaml = tmp.resolve("agent.yaml");
    Files.copy(dir.resolve("agent.yaml"), yaml);
    AgentConfig cfg =
        AgentConfig.load(yaml, BacnetAgent.PROGRAM, new BacnetAgent().formerSections());
    List<Collector> collectors = new BacnetAgent().collectors(cfg.agentSection());
    cfg.agentSection().finish();
    List<String> between = lines(dir.resolve("between-polls"));
    List<String> points = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int before;
    double seconds;
    try {
      if (!between.isEmpty()) {
        Recorder first = new Recorder(new ArrayList<>(), new ArrayList<>());
        collectors.forEach(c -> c.collect(first));
        for (String command : between) {
          device1234.send(command);
        }
        Thread.sleep(300); // the notifications the commands caused: let them arrive
      }
      before = device1234.requests();
      long start = System.nanoTime();
      for (Collector c : collectors) {
        c.collect(new Recorder(points, errors));
      }
      seconds = (System.nanoTime() - start) / 1e9;
    } finally {
      collectors.forEach(Collector::close);
      if (!between.isEmpty()) {
        device1234.send("reset");
      }
    }

    assertThat(points)
        .containsExactlyInAnyOrderElementsOf(
            lines(dir.resolve("expected.out")).stream().map(GoldenCasesTest::normalized).toList());
    assertThat(errors).containsExactlyInAnyOrderElementsOf(lines(dir.resolve("expected.err")));
    for (String line : lines(dir.resolve("expected.requests"))) {
      Thread.sleep(200); // the peer prints its REQ lines as it answers; let them arrive
      assertThat(device1234.requests() - before)
          .as("requests device 1234 answered")
          .isEqualTo(Integer.parseInt(line));
    }
    List<String> bound = lines(dir.resolve("expected.seconds"));
    assertThat(seconds).isLessThan(bound.isEmpty() ? 5 : Double.parseDouble(bound.get(0)));
  }

  private static List<String> lines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** An expected line with its value written as the recorder writes numbers of its type. */
  private static String normalized(String line) {
    String[] w = line.split(" ", 5);
    String value =
        switch (w[2]) {
          case "int" -> Long.toString(Long.parseLong(w[3]));
          case "float" -> Double.toString(Double.parseDouble(w[3]));
          default -> w[3];
        };
    return w[0] + " " + w[1] + " " + w[2] + " " + value + (w.length > 4 ? " " + w[4] : "");
  }

  /** Writes what a poll gave as lines in the golden files' format. */
  private record Recorder(List<String> points, List<String> errors) implements Collector.Sink {

    @Override
    public synchronized void add(TargetData data) {
      for (DataPoint p : data.points()) {
        StringBuilder line = new StringBuilder(data.target() + " " + p.key() + " ");
        line.append(
            p.type() == DataType.INT
                ? "int " + p.number()
                : p.type() == DataType.FLOAT
                    ? "float " + p.number().doubleValue()
                    : "string " + p.text().replace(' ', '_'));
        for (Metadata m : p.metadata()) {
          line.append(' ').append(m.key()).append('=').append(m.value().replace(' ', '_'));
        }
        points.add(line.toString());
      }
    }

    @Override
    public synchronized void failed(String target, String reason) {
      errors.add(target + ": " + reason);
    }

    @Override
    public void relay(String target, byte[] payload) {
      throw new AssertionError("a BACnet poll relays nothing");
    }
  }
}
