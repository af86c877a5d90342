package org.pattoo.agent.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static final Path CASES = GoldenCases.DIR;

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
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pollGivesTheExpectedDataPointsAndErrors(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Path yaml = tmp.resolve("agent.yaml");
    Files.copy(dir.resolve("agent.yaml"), yaml);
    List<Collector> collectors = GoldenCases.collectors(new BacnetAgent(), yaml);
    List<String> between = GoldenCases.lines(dir.resolve("between-polls"));
    int before;
    Recorder poll;
    try {
      if (!between.isEmpty()) {
        Recorder.poll(collectors);
        for (String command : between) {
          device1234.send(command);
        }
        Thread.sleep(300); // the notifications the commands caused: let them arrive
      }
      before = device1234.requests();
      poll = Recorder.poll(collectors);
    } finally {
      collectors.forEach(Collector::close);
      if (!between.isEmpty()) {
        device1234.send("reset");
      }
    }

    assertThat(poll.points())
        .containsExactlyInAnyOrderElementsOf(
            GoldenCases.lines(dir.resolve("expected.out")).stream()
                .map(GoldenCases::normalized)
                .toList());
    assertThat(poll.errors())
        .containsExactlyInAnyOrderElementsOf(GoldenCases.lines(dir.resolve("expected.err")));
    for (String line : GoldenCases.lines(dir.resolve("expected.requests"))) {
      // the peer prints its REQ lines as it answers: count them once the expected ones came
      assertThat(Settled.count(device1234::requests, before + Integer.parseInt(line)) - before)
          .as("requests device 1234 answered")
          .isEqualTo(Integer.parseInt(line));
    }
    List<String> bound = GoldenCases.lines(dir.resolve("expected.seconds"));
    assertThat(poll.seconds()).isLessThan(bound.isEmpty() ? 5 : Double.parseDouble(bound.get(0)));
  }
}
