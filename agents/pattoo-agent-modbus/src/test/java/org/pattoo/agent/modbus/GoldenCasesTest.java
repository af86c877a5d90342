package org.pattoo.agent.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Telegraf-style golden cases against real Modbus servers: each folder under testcases/ holds the
 * agent's YAML ({@code agent.yaml}), what to store in the peers ({@code peer.txt}: "<peer>
 * <command>"), the data points ({@code expected.out}: "target key int|float value labels") and
 * target errors ({@code expected.err}: "target: reason") one poll must give, optionally the read
 * requests each peer must have seen ({@code expected.reads}: "<peer> <n>") and a bound on the
 * poll's duration ({@code expected.seconds}). Ports are written @pymodbus@, @modbus-serial@,
 *
 * @silent@ (accepts, never answers) and @dead@ (nobody listens).
 */
class GoldenCasesTest {

  private static final Path CASES = Path.of("src/test/resources/testcases");

  private static Peer pymodbus;
  private static Peer modbusSerial;
  private static SilentServer silent;
  private static int dead;

  @TempDir Path tmp;

  @BeforeAll
  static void startPeers() throws Exception {
    pymodbus = Peer.pymodbus();
    modbusSerial = Peer.modbusSerial();
    silent = new SilentServer();
    dead = Peer.freePort();
  }

  @AfterAll
  static void stopPeers() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {pymodbus, modbusSerial, silent}) {
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
    Map<String, Peer> peers = Map.of("pymodbus", pymodbus, "modbus-serial", modbusSerial);
    for (Peer p : peers.values()) {
      p.send("clear");
    }
    for (String line : lines(dir.resolve("peer.txt"))) {
      String[] words = line.split(" ", 2);
      peers.get(words[0]).send(words[1]);
    }
    Path yaml = tmp.resolve("agent.yaml");
    Files.writeString(yaml, ports(Files.readString(dir.resolve("agent.yaml"))));
    AgentConfig cfg =
        AgentConfig.load(yaml, ModbusAgent.PROGRAM, new ModbusAgent().formerSections());
    List<Collector> collectors = new ModbusAgent().collectors(cfg.agentSection());
    cfg.agentSection().finish();
    int pymodbusBefore = pymodbus.reads();
    int modbusSerialBefore = modbusSerial.reads();

    List<String> points = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long start = System.nanoTime();
    for (Collector c : collectors) {
      c.collect(new Recorder(points, errors));
      c.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(points)
        .containsExactlyInAnyOrderElementsOf(
            lines(dir.resolve("expected.out")).stream().map(l -> normalized(ports(l))).toList());
    assertThat(errors)
        .containsExactlyInAnyOrderElementsOf(
            lines(dir.resolve("expected.err")).stream().map(GoldenCasesTest::ports).toList());
    for (String line : lines(dir.resolve("expected.reads"))) {
      String[] words = line.split(" ");
      Peer peer = peers.get(words[0]);
      int before = peer == pymodbus ? pymodbusBefore : modbusSerialBefore;
      Thread.sleep(200); // the peer prints its READ lines before it answers; let them arrive
      assertThat(peer.reads() - before)
          .as(words[0] + " read requests")
          .isEqualTo(Integer.parseInt(words[1]));
    }
    List<String> bound = lines(dir.resolve("expected.seconds"));
    assertThat(seconds).isLessThan(bound.isEmpty() ? 5 : Double.parseDouble(bound.get(0)));
  }

  private static String ports(String text) {
    return text.replace("@pymodbus@", Integer.toString(pymodbus.port()))
        .replace("@modbus-serial@", Integer.toString(modbusSerial.port()))
        .replace("@silent@", Integer.toString(silent.port()))
        .replace("@dead@", Integer.toString(dead));
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
        w[2].equals("int")
            ? Long.toString(Long.parseLong(w[3]))
            : Double.toString(Double.parseDouble(w[3]));
    return w[0] + " " + w[1] + " " + w[2] + " " + value + (w.length > 4 ? " " + w[4] : "");
  }

  /** Writes what a poll gave as lines in the golden files' format. */
  private record Recorder(List<String> points, List<String> errors) implements Collector.Sink {

    @Override
    public void add(TargetData data) {
      for (DataPoint p : data.points()) {
        StringBuilder line = new StringBuilder(data.target() + " " + p.key() + " ");
        line.append(
            p.type() == DataType.INT
                ? "int " + p.number()
                : p.type() == DataType.FLOAT
                    ? "float " + Double.toString(p.number().doubleValue())
                    : p.type() + " " + p.number());
        for (Metadata m : p.metadata()) {
          line.append(' ').append(m.key()).append('=').append(m.value());
        }
        points.add(line.toString());
      }
    }

    @Override
    public void failed(String target, String reason) {
      errors.add(target + ": " + reason);
    }

    @Override
    public void relay(String target, byte[] payload) {
      throw new AssertionError("a Modbus poll relays nothing");
    }
  }
}
