package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import org.pattoo.agent.TargetData;

class GroupCollectorTest {

  @TempDir Path tmp;

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    long millis;

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private record Errors(List<String> lines) implements Collector.Sink {
    @Override
    public void add(TargetData data) {
      throw new AssertionError("no data from a dead server");
    }

    @Override
    public void failed(String target, String reason) {
      lines.add(target + ": " + reason);
    }

    @Override
    public void relay(String target, byte[] payload) {
      throw new AssertionError();
    }
  }

  @Test
  void aDeadServerIsTriedAgainAtOnceThenAfterLongerAndLongerPauses() throws Exception {
    int port = Peer.freePort();
    Group g =
        new Group(
            "dead",
            URI.create("opc.tcp://127.0.0.1:" + port),
            SecurityPolicy.None,
            MessageSecurityMode.None,
            Identity.ANONYMOUS,
            tmp.resolve("trusted"),
            false,
            Mode.POLL,
            1000,
            Optional.empty(),
            2000,
            Map.of(),
            List.of(new NodeSpec(Optional.of("ns=2;i=1"), Optional.empty(), 1)));
    Hands clock = new Hands();
    List<String> errors = new ArrayList<>();
    String server = "127.0.0.1:" + port + ": opc.tcp://127.0.0.1:" + port + ": ";

    try (GroupCollector c = new GroupCollector(g, new Pki(tmp.resolve("pki")), clock)) {
      c.collect(new Errors(errors)); // tries: refused
      c.collect(new Errors(errors)); // tries again at once: refused, next in 2 s
      c.collect(new Errors(errors)); // waits
      clock.millis += 1_500;
      c.collect(new Errors(errors)); // still waits
      clock.millis += 500;
      c.collect(new Errors(errors)); // tries: refused, next in 4 s
      c.collect(new Errors(errors)); // waits
    }

    assertThat(errors)
        .containsExactly(
            server + "connection refused",
            server + "connection refused",
            server + "connection refused (next attempt in 2 s)",
            server + "connection refused (next attempt in 1 s)",
            server + "connection refused",
            server + "connection refused (next attempt in 4 s)");
  }
}
