package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.agent.Collector;
import org.pattoo.agent.testing.GoldenCases;
import org.pattoo.agent.testing.Recorder;

/**
 * Telegraf-style golden cases against a real node-opcua server: each folder under testcases/ holds
 * the agent's YAML ({@code agent.yaml}), the steps before the last poll ({@code steps.txt}: "peer
 * <command>", "poll", "sleep <ms>", "restart <first numeric id>", "trust-server-certificate"), what
 * that last poll must give ({@code expected.out}: "target key type value labels"; {@code
 * expected.err}: "target: reason"), files the agent must have made ({@code expected.files}) and a
 * bound on the last poll's seconds ({@code expected.seconds}, default 10). Placeholders: the peer's
 * port, a dead port (nobody listens), a silent port (accepts, never answers), the agent's
 * certificate and trust folders, the NodeId the peer gave a variable (node:Plant/Line1/Count, or
 * nsu:Plant/Line1/Count with the namespace URI), the subject and SHA-256 of the peer's certificate;
 * each written between at-signs, e.g. {@code @port@}.
 */
class GoldenCasesTest {

  private static final Path CASES = GoldenCases.DIR;
  private static final Pattern NODE = Pattern.compile("@(node|nsu):([A-Za-z0-9/]+)@");

  private static Peer peer;
  private static SilentServer silent;
  private static int dead;

  @TempDir Path tmp;

  @BeforeAll
  static void startPeer() throws Exception {
    peer = Peer.start();
    silent = new SilentServer();
    dead = Peer.freePort();
  }

  @AfterAll
  static void stopPeer() throws Exception {
    if (peer != null) {
      peer.close();
    }
    if (silent != null) {
      silent.close();
    }
  }

  static Stream<String> cases() throws Exception {
    return GoldenCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lastPollGivesTheExpectedDataPointsAndErrors(String name) throws Exception {
    Path dir = CASES.resolve(name);
    Path yaml = tmp.resolve("agent.yaml");
    Files.writeString(yaml, placeholders(Files.readString(dir.resolve("agent.yaml"))));
    List<Collector> collectors = GoldenCases.collectors(new OpcUaAgent(), yaml);
    Recorder poll;
    try {
      for (String step : GoldenCases.lines(dir.resolve("steps.txt"))) {
        step(step, collectors);
      }
      poll = Recorder.poll(collectors);
    } finally {
      collectors.forEach(Collector::close);
    }

    assertThat(poll.points())
        .as("data points; errors were %s", poll.errors())
        .containsExactlyInAnyOrderElementsOf(
            GoldenCases.lines(dir.resolve("expected.out")).stream()
                .map(l -> GoldenCases.normalized(placeholders(l)))
                .toList());
    assertThat(poll.errors())
        .containsExactlyInAnyOrderElementsOf(
            GoldenCases.lines(dir.resolve("expected.err")).stream()
                .map(this::placeholders)
                .toList());
    for (String file : GoldenCases.lines(dir.resolve("expected.files"))) {
      assertThat(Path.of(placeholders(file))).exists();
    }
    List<String> bound = GoldenCases.lines(dir.resolve("expected.seconds"));
    assertThat(poll.seconds())
        .as("seconds of the last poll")
        .isLessThan(bound.isEmpty() ? 10 : Double.parseDouble(bound.get(0)));
  }

  private void step(String step, List<Collector> collectors) throws Exception {
    String[] w = step.split(" ", 2);
    switch (w[0]) {
      case "peer" -> peer.send(w[1]);
      case "poll" -> {
        for (Collector c : collectors) {
          c.collect(new Recorder());
        }
      }
      case "sleep" -> Thread.sleep(Long.parseLong(w[1]));
      case "restart" -> peer.restart(Integer.parseInt(w[1]));
      case "trust-server-certificate" -> {
        Files.createDirectories(tmp.resolve("trust"));
        Files.copy(peer.certificate(), tmp.resolve("trust/server.pem"));
      }
      default -> throw new IllegalArgumentException("unknown step " + step);
    }
  }

  private String placeholders(String text) {
    Matcher m = NODE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = peer.nodeId(m.group(2));
      if (m.group(1).equals("nsu")) {
        id = "nsu=" + Peer.NAMESPACE + id.substring(id.indexOf(';'));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(id));
    }
    text = m.appendTail(out).toString();
    if (text.contains("@server-")) {
      X509Certificate cert = serverCertificate();
      try {
        text =
            text.replace("@server-subject@", cert.getSubjectX500Principal().getName())
                .replace("@server-sha256@", ServerTrust.fingerprint(cert.getEncoded()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return text.replace("@port@", Integer.toString(peer.port()))
        .replace("@dead@", Integer.toString(dead))
        .replace("@silent@", Integer.toString(silent.port()))
        .replace("@pki@", tmp.resolve("pki").toString())
        .replace("@trust@", tmp.resolve("trust").toString());
  }

  private static X509Certificate serverCertificate() {
    try (InputStream in = Files.newInputStream(peer.certificate())) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the peer's certificate", e);
    }
  }
}
