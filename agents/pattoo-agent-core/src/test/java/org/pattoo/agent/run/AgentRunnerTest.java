package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;

/** The poll loop against a real HTTP server on 127.0.0.1 whose answer the test sets. */
@Timeout(30) // a runner that resends forever must fail the test, not hang the build
class AgentRunnerTest {

  @TempDir Path dir;
  HttpServer server;
  final AtomicInteger status = new AtomicInteger(200);
  final List<String> received = new CopyOnWriteArrayList<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger poll = new AtomicInteger();

  /** A request as the server saw it, refused or not. */
  record Request(int status, String body) {}

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/pattoo/api/v1/agent/receive/",
        exchange -> {
          byte[] body = new GZIPInputStream(exchange.getRequestBody()).readAllBytes();
          int answer = status.get();
          requests.add(new Request(answer, new String(body, StandardCharsets.UTF_8)));
          if (answer == 200) {
            received.add(new String(body, StandardCharsets.UTF_8));
          }
          byte[] reply = ("answer " + answer).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** The test's clock: it moves only when told, so backoff pauses can be waited out at once. */
  static final class MovingClock extends Clock {
    private Instant now = Instant.ofEpochMilli(1_000_000);

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
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

  AgentRunner runner(Spool spool) {
    return runner(spool, Clock.fixed(Instant.ofEpochMilli(1_000_000), ZoneOffset.UTC));
  }

  AgentRunner runner(Spool spool, Clock clock) {
    AgentIdentity id = new AgentIdentity("agent-1", "pattoo_agent_test", "host1", 10_000);
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pattoo");
    Collector counter =
        sink ->
            sink.add(
                new TargetData(
                    "t1",
                    List.of(DataPoint.number("poll", DataType.INT, poll.incrementAndGet(), 0))));
    return new AgentRunner(
        id,
        List.of(counter),
        new Poster(url, "agent-1", Optional.empty(), Duration.ofSeconds(5)),
        spool,
        clock);
  }

  @Test
  void spoolsWhileTheServerFailsThenResendsOldestFirstExactlyOnce() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    MovingClock clock = new MovingClock();
    AgentRunner runner = runner(spool, clock);
    status.set(503);
    runner.cycle(); // poll 1, refused: spooled, retried at once next time
    runner.cycle(); // poll 2, refused: spooled, backoff starts
    status.set(200);
    runner.cycle(); // still backing off: poll 3 goes to the spool without a request
    assertThat(spool.size()).isEqualTo(3);

    clock.advance(Duration.ofMinutes(10)); // past any backoff (at most five minutes)
    runner.cycle(); // poll 4 posted, then the spool resent
    runner.cycle(); // poll 5: nothing left to resend

    // Every request the server saw, in order: the two refused during the outage, the live poll
    // that found it back, the spool oldest first, then the next poll. A batch sent twice, or the
    // spool resent in another order, changes this list.
    assertThat(requests.stream().map(r -> r.status() + " poll " + pollOf(r.body())).toList())
        .containsExactly(
            "503 poll 1",
            "503 poll 2",
            "200 poll 4",
            "200 poll 1",
            "200 poll 2",
            "200 poll 3",
            "200 poll 5");
    assertThat(spool.size()).isZero();
  }

  /**
   * The value of the "poll" data point in a posted batch (the collector counts its polls). Pairs
   * are listed as first used, so the poll's value comes right after its key and data type.
   */
  static int pollOf(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\\[\"pattoo_key\", \"poll\"\\], \"\\d+\": \\[\"pattoo_data_type\", \\d+\\],"
                    + " \"\\d+\": \\[\"pattoo_value\", (\\d+)\\]")
            .matcher(body);
    assertThat(m.find()).as("a poll data point in %s", body).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void afterARecoveryTheSpoolDrainsInOrder() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    AgentRunner runner = runner(spool);
    status.set(503);
    runner.cycle(); // poll 1 spooled; the first failure retries at once
    status.set(200);
    runner.cycle(); // poll 2 posted, then poll 1 resent

    assertThat(spool.size()).isZero();
    assertThat(received).hasSize(2);
    assertThat(received.get(0)).contains("[\"pattoo_value\", 2]");
    assertThat(received.get(1)).contains("[\"pattoo_value\", 1]");
  }

  @Test
  void aBatchRefusedForItsContentIsKeptWithTheAnswer() throws Exception {
    Spool spool = new Spool(dir, 1_000_000);
    status.set(400);

    runner(spool).cycle();

    assertThat(spool.size()).isZero();
    try (var kept = Files.list(dir.resolve("rejected"))) {
      assertThat(kept.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("00000000000000000001.json", "00000000000000000001.json.answer");
    }
    assertThat(Files.readString(dir.resolve("rejected/00000000000000000001.json.answer")))
        .isEqualTo("400 answer 400\n");
  }

  @Test
  void everyBatchCarriesTheAgentsOwnMetrics() throws Exception {
    runner(new Spool(dir, 1_000_000)).cycle();

    assertThat(received.get(0))
        .contains("[\"pattoo_key\", \"agent_polls\"]")
        .contains("[\"pattoo_key\", \"agent_batches_waiting\"]");
  }
}
