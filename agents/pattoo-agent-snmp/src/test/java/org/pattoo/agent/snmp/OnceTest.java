package org.pattoo.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pattoo.agent.run.AgentMain;

/** {@code --once} and {@code --check} through the agent's command line, against snmpd. */
@Timeout(60)
class OnceTest {

  static Snmpd snmpd;

  @BeforeAll
  static void startPeer() throws Exception {
    snmpd =
        Snmpd.start(
            "once",
            Files.readString(Path.of("src/test/resources/snmpd-base.conf"))
                + "\nrocommunity golden-once 127.0.0.0/8\n");
  }

  @AfterAll
  static void stopPeer() throws Exception {
    snmpd.close();
  }

  Path config() throws Exception {
    Path dir = Path.of("target", "once").toAbsolutePath();
    Files.createDirectories(dir);
    Path file = dir.resolve("agent.yaml");
    Files.writeString(
        file,
        """
        server_url: http://127.0.0.1:9/pattoo
        state_directory: %s
        pattoo_agent_snmp:
          polling_interval: 60
          polling_groups:
            - ip_targets: [127.0.0.1]
              oids:
                - {address: .1.3.6.1.2.1.1.5}
                - {address: .1.3.6.1.4.1.99999.1, multiplier: 8}
          auth_groups:
            - snmp_community: golden-once
              snmp_port: %d
              ip_targets: [127.0.0.1]
        """
            .formatted(dir.resolve("state"), snmpd.port));
    return file;
  }

  /** Runs the agent's command line as {@code java -jar} would, capturing what it prints. */
  static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int status =
          AgentMain.commandLine(new SnmpAgent(), "test", Path.of("/nonexistent.yaml"))
              .execute(args);
      return "exit " + status + "\n" + captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }

  static final Pattern POINT =
      Pattern.compile(
          "\\{\"target\":\"([^\"]+)\",\"key\":\"([^\"]+)\",\"type\":(\\d+),\"value\":\"?([^\"]*?)\"?,"
              + "\"timestamp\":\\d+,\"metadata\":\\{\"oid\":\"([^\"]+)\"}}");

  @Test
  void oncePrintsThePointsThePeerServes() throws Exception {
    String output = run("--config", config().toString(), "--once");

    String target = "127.0.0.1:" + snmpd.port;
    List<String> expected = new ArrayList<>();
    expected.addAll(
        Expectations.forWalk(
            target,
            ".1.3.6.1.2.1.1.5",
            1,
            PeerCli.walk(target, List.of("-v2c", "-c", "golden-once"), ".1.3.6.1.2.1.1.5")));
    expected.addAll(
        Expectations.forWalk(
            target,
            ".1.3.6.1.4.1.99999.1",
            8,
            PeerCli.walk(target, List.of("-v2c", "-c", "golden-once"), ".1.3.6.1.4.1.99999.1")));
    List<String> printed = new ArrayList<>();
    List<String> lines = output.lines().toList();
    assertThat(lines.get(0)).isEqualTo("exit 0");
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = POINT.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      printed.add(
          Expectations.line(
              m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4), m.group(5)));
    }
    assertThat(printed).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void checkValidatesWithoutPolling() throws Exception {
    Path file = config();

    assertThat(run("--config", file.toString(), "--check"))
        .isEqualTo("exit 0\n" + file + ": valid\n");
  }
}
