package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;

/** An agent's collectors poll at the same time, each timed and counted in the self-metrics. */
@Timeout(30)
class ConcurrentPollTest {

  @TempDir Path dir;

  AgentRunner runner(int concurrentPolls, Collector... collectors) throws Exception {
    return new AgentRunner(
        new AgentIdentity("agent-1", "pattoo_agent_test", "host1", 10_000),
        List.of(collectors),
        new Poster(
            URI.create("http://127.0.0.1:9/pattoo"),
            "agent-1",
            Optional.empty(),
            Duration.ofSeconds(1)),
        new Spool(dir, 1_000_000),
        Clock.fixed(Instant.ofEpochMilli(1_000_000), ZoneOffset.UTC),
        concurrentPolls);
  }

  /** A collector that reports one point for its target after {@code ready} opens. */
  static Collector waitingFor(String target, CountDownLatch ready, CountDownLatch done) {
    return new Collector() {
      @Override
      public void collect(Sink sink) {
        try {
          // Bounded, so a sequential runner fails the test instead of hanging it.
          if (!ready.await(10, TimeUnit.SECONDS)) {
            sink.failed(target, "never released");
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        sink.add(new TargetData(target, List.of(DataPoint.number("x", DataType.INT, 1, 0))));
        done.countDown();
      }

      @Override
      public String name() {
        return target;
      }
    };
  }

  @Test
  void aCollectorWaitingOnAnotherDoesNotBlockIt() throws Exception {
    // "slow" waits until "fast" has polled: only concurrent collectors both deliver.
    CountDownLatch open = new CountDownLatch(0);
    CountDownLatch fastDone = new CountDownLatch(1);
    Collector slow = waitingFor("slow", fastDone, new CountDownLatch(1));
    Collector fast = waitingFor("fast", open, fastDone);

    List<TargetData> data = runner(2, slow, fast).poll();

    assertThat(data).extracting(TargetData::target).containsExactlyInAnyOrder("slow", "fast");
  }

  @Test
  void withABoundOfOneCollectorsPollOneAfterAnother() throws Exception {
    CountDownLatch fastDone = new CountDownLatch(1);
    Collector slow =
        new Collector() {
          @Override
          public void collect(Sink sink) {
            // With one thread, "fast" cannot have run yet: the bound is honoured.
            sink.failed("slow", "fast had run: " + (fastDone.getCount() == 0));
          }
        };
    Collector fast = waitingFor("fast", new CountDownLatch(0), fastDone);

    AgentRunner runner = runner(1, slow, fast);
    runner.poll();

    assertThat(pointsOf(runner, "agent_collector_errors"))
        .contains("agent_collector_errors{collector=fast}=0");
    assertThat(fastDone.getCount()).isZero();
  }

  @Test
  void selfMetricsCountEachCollectorsFailedTargetsAndTimeItsPoll() throws Exception {
    Collector flaky =
        new Collector() {
          @Override
          public void collect(Sink sink) {
            sink.failed("10.0.0.1", "timeout");
            sink.failed("10.0.0.2", "timeout");
          }

          @Override
          public String name() {
            return "snmp 10.0.0.x";
          }
        };
    Collector broken =
        sink -> {
          throw new IllegalStateException("bug");
        };
    AgentRunner runner = runner(4, flaky, broken);

    runner.poll();
    runner.poll();

    assertThat(pointsOf(runner, "agent_collector_errors"))
        .containsExactlyInAnyOrder(
            "agent_collector_errors{collector=snmp 10.0.0.x}=4",
            "agent_collector_errors{collector=ConcurrentPollTest}=2");
    assertThat(pointsOf(runner, "agent_collector_poll_ms")).hasSize(2);
    assertThat(runner.selfMetrics(0).points())
        .filteredOn(p -> p.key().equals("agent_poll_errors"))
        .extracting(DataPoint::number)
        .containsExactly(
            6L); // three failed targets per poll: two reported, one collector that threw
  }

  static List<String> pointsOf(AgentRunner runner, String key) {
    return runner.selfMetrics(0).points().stream()
        .filter(p -> p.key().equals(key))
        .map(
            p ->
                key
                    + "{"
                    + String.join(",", p.metadata().stream().map(ConcurrentPollTest::pair).toList())
                    + "}="
                    + p.number())
        .toList();
  }

  static String pair(Metadata m) {
    return m.key() + "=" + m.value();
  }
}
