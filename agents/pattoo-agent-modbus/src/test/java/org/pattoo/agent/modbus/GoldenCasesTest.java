package org.pattoo.agent.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.agent.Collector;
import org.pattoo.agent.testing.GoldenCases;
import org.pattoo.agent.testing.Recorder;
import org.pattoo.agent.testing.Settled;

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

  private static final Path CASES = GoldenCases.DIR;

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
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pollGivesTheExpectedDataPointsAndErrors(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Map<String, Peer> peers = Map.of("pymodbus", pymodbus, "modbus-serial", modbusSerial);
    for (Peer p : peers.values()) {
      p.send("clear");
    }
    for (String line : GoldenCases.lines(dir.resolve("peer.txt"))) {
      String[] words = line.split(" ", 2);
      peers.get(words[0]).send(words[1]);
    }
    Path yaml = tmp.resolve("agent.yaml");
    Files.writeString(yaml, ports(Files.readString(dir.resolve("agent.yaml"))));
    List<Collector> collectors = GoldenCases.collectors(new ModbusAgent(), yaml);
    int pymodbusBefore = pymodbus.reads();
    int modbusSerialBefore = modbusSerial.reads();

    Recorder poll = Recorder.poll(collectors);
    collectors.forEach(Collector::close);
    List<String> points = poll.points();
    List<String> errors = poll.errors();
    double seconds = poll.seconds();

    assertThat(points)
        .containsExactlyInAnyOrderElementsOf(
            GoldenCases.lines(dir.resolve("expected.out")).stream()
                .map(l -> GoldenCases.normalized(ports(l)))
                .toList());
    assertThat(errors)
        .containsExactlyInAnyOrderElementsOf(
            GoldenCases.lines(dir.resolve("expected.err")).stream()
                .map(GoldenCasesTest::ports)
                .toList());
    for (String line : GoldenCases.lines(dir.resolve("expected.reads"))) {
      String[] words = line.split(" ");
      Peer peer = peers.get(words[0]);
      int before = peer == pymodbus ? pymodbusBefore : modbusSerialBefore;
      // the peer prints its READ lines as it answers: count them once the expected ones came
      assertThat(Settled.count(peer::reads, before + Integer.parseInt(words[1])) - before)
          .as(words[0] + " read requests")
          .isEqualTo(Integer.parseInt(words[1]));
    }
    List<String> bound = GoldenCases.lines(dir.resolve("expected.seconds"));
    assertThat(seconds).isLessThan(bound.isEmpty() ? 5 : Double.parseDouble(bound.get(0)));
  }

  private static String ports(String text) {
    return text.replace("@pymodbus@", Integer.toString(pymodbus.port()))
        .replace("@modbus-serial@", Integer.toString(modbusSerial.port()))
        .replace("@silent@", Integer.toString(silent.port()))
        .replace("@dead@", Integer.toString(dead));
  }
}
