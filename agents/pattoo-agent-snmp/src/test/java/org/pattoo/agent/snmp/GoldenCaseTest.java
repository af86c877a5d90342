package org.pattoo.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.run.AgentConfig;
import org.pattoo.agent.run.AgentRunner;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;

/**
 * Golden cases against Debian's snmpd, one folder each under testcases/: the agent's YAML, the
 * peer's configuration fragment, and what to expect: {@code expected.walk} (targets whose points
 * snmpwalk with the given arguments must reproduce), {@code expected.ifmib} (targets polled in
 * IF-MIB mode), {@code expected.err} (the exact failures), {@code live-within-ms} (a bound on when
 * the live targets were polled while others do not answer). One snmpd serves every case.
 */
@Timeout(120)
class GoldenCaseTest {

  static final Path CASES = Path.of("src/test/resources/testcases");
  static Snmpd snmpd;
  static int deadPort;

  static Stream<String> cases() throws Exception {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @BeforeAll
  static void startPeer() throws Exception {
    StringBuilder conf =
        new StringBuilder(Files.readString(Path.of("src/test/resources/snmpd-base.conf")));
    for (String c : cases().toList()) {
      conf.append("\n# case ")
          .append(c)
          .append('\n')
          .append(Files.readString(CASES.resolve(c).resolve("snmpd.conf")));
    }
    snmpd = Snmpd.start("golden", conf.toString());
    deadPort = Snmpd.freeUdpPort();
  }

  @AfterAll
  static void stopPeer() throws Exception {
    if (snmpd != null) {
      snmpd.close();
    }
  }

  static String subst(String text) {
    return text.replace("@PORT@", Integer.toString(snmpd.port))
        .replace("@DEADPORT@", Integer.toString(deadPort));
  }

  /** Lines of an optional file, placeholders filled, comments and blanks left out. */
  static List<String> lines(Path dir, String file) throws Exception {
    Path p = dir.resolve(file);
    if (!Files.exists(p)) {
      return List.of();
    }
    return subst(Files.readString(p))
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pollsWhatThePeerAnswers(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Path work = Path.of("target", "golden", name);
    Files.createDirectories(work);
    Path yaml = work.resolve("agent.yaml");
    Files.writeString(yaml, subst(Files.readString(dir.resolve("agent.yaml"))));
    AgentConfig cfg = AgentConfig.load(yaml, SnmpAgent.PROGRAM);
    List<Collector> collectors = new SnmpAgent().collectors(cfg.agentSection());
    cfg.agentSection().finish();

    Map<String, IfMibExpectation> ifmib = new LinkedHashMap<>();
    for (String l : lines(dir, "expected.ifmib")) {
      String[] parts = l.split("\\|");
      IfMibExpectation e = new IfMibExpectation();
      e.before.putAll(walkTables(parts[0].strip(), parts[1]));
      ifmib.put(parts[0].strip() + "|" + parts[1], e);
    }

    FailureLog failures = new FailureLog();
    Logger log = Logger.getLogger(AgentRunner.class.getName());
    log.addHandler(failures);
    List<TargetData> data;
    long start = System.currentTimeMillis();
    long took;
    try {
      data = runner(collectors, cfg, work).poll();
      took = System.currentTimeMillis() - start;
    } finally {
      log.removeHandler(failures);
      collectors.forEach(Collector::close);
    }

    assertThat(failures.lines)
        .as("failures")
        .containsExactlyInAnyOrderElementsOf(lines(dir, "expected.err"));

    List<String> expected = new ArrayList<>();
    List<String> walked = new ArrayList<>();
    for (String l : lines(dir, "expected.walk")) {
      String[] parts = l.split("\\|");
      String target = parts[0].strip();
      walked.add(target);
      for (String spec : parts[2].strip().split("\\s+")) {
        String[] oidAndFactor = spec.split("\\*");
        double multiplier = oidAndFactor.length > 1 ? Double.parseDouble(oidAndFactor[1]) : 1;
        expected.addAll(
            Expectations.forWalk(
                target,
                oidAndFactor[0],
                multiplier,
                PeerCli.walk(target, args(parts[1]), oidAndFactor[0])));
      }
    }
    List<String> actual = new ArrayList<>();
    for (TargetData t : data) {
      if (walked.contains(t.target())) {
        t.points().forEach(p -> actual.add(Expectations.line(t.target(), p)));
      }
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);

    for (Map.Entry<String, IfMibExpectation> e : ifmib.entrySet()) {
      String[] parts = e.getKey().split("\\|");
      String target = parts[0];
      IfMibExpectation x = e.getValue();
      x.after.putAll(walkTables(target, parts[1]));
      x.check(target, parts[1].contains("-v1"), data);
    }

    List<String> targetsWithData = data.stream().map(TargetData::target).toList();
    List<String> expectedTargets = new ArrayList<>(walked);
    ifmib.keySet().forEach(k -> expectedTargets.add(k.split("\\|")[0]));
    assertThat(targetsWithData).containsExactlyInAnyOrderElementsOf(expectedTargets);

    List<String> bound = lines(dir, "live-within-ms");
    if (!bound.isEmpty()) {
      long ms = Long.parseLong(bound.get(0));
      // Points are stamped when their device's poll starts: a live device polled after a dead
      // one's timeouts would be stamped later than this.
      for (TargetData t : data) {
        for (DataPoint p : t.points()) {
          assertThat(p.timestamp() - start).as("%s polled after", t.target()).isLessThan(ms);
        }
      }
      assertThat(took).as("the whole poll, ms").isLessThan(3 * ms);
    }
  }

  private static Map<String, PeerCli.Row> walkTables(String target, String auth) throws Exception {
    Map<String, PeerCli.Row> rows = new LinkedHashMap<>();
    rows.putAll(
        IfMibExpectation.byOid(PeerCli.walk(target, args(auth), IfMibExpectation.IF_TABLE)));
    rows.putAll(
        IfMibExpectation.byOid(PeerCli.walk(target, args(auth), IfMibExpectation.IFX_TABLE)));
    return rows;
  }

  static List<String> args(String auth) {
    return Arrays.stream(auth.strip().split("\\s+")).toList();
  }

  static AgentRunner runner(List<Collector> collectors, AgentConfig cfg, Path work)
      throws Exception {
    return new AgentRunner(
        new AgentIdentity("golden", SnmpAgent.PROGRAM, "test-host", 300_000),
        collectors,
        new Poster(
            URI.create("http://127.0.0.1:9/pattoo"),
            "golden",
            Optional.empty(),
            Duration.ofSeconds(1)),
        new Spool(work.resolve("spool"), 1_000_000),
        Clock.systemUTC(),
        cfg.concurrentPolls());
  }
}
