package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void retriesAtOnceThenDoublesUpToFiveMinutes() {
    Backoff b = new Backoff(10_000, () -> 500); // no jitter

    b.failed(0);
    assertThat(b.mayPost(0)).isTrue();
    b.failed(0);
    assertThat(b.mayPost(19_999)).isFalse();
    assertThat(b.mayPost(20_000)).isTrue();
    for (int i = 0; i < 10; i++) {
      b.failed(0);
    }
    assertThat(b.mayPost(Backoff.MAX_MS - 1)).isFalse();
    assertThat(b.mayPost(Backoff.MAX_MS)).isTrue();
    b.succeeded();
    assertThat(b.mayPost(0)).isTrue();
  }

  @Test
  void jitterStaysWithinTwentyPercent() {
    Backoff low = new Backoff(10_000, () -> 0);
    Backoff high = new Backoff(10_000, () -> 999);
    for (Backoff b : new Backoff[] {low, high}) {
      b.failed(0);
      b.failed(0);
    }

    assertThat(low.mayPost(16_000)).isTrue();
    assertThat(low.mayPost(15_999)).isFalse();
    assertThat(high.mayPost(23_996)).isTrue();
    assertThat(high.mayPost(23_990)).isFalse();
  }

  @Test
  void pollsAlignToWholeMultiplesOfTheInterval() {
    assertThat(AgentRunner.delayToNextPoll(1_000_003, 10_000)).isEqualTo(9_997);
    assertThat(AgentRunner.delayToNextPoll(1_000_000, 10_000)).isEqualTo(10_000);
    assertThat(AgentRunner.delayToNextPoll(1_009_999, 10_000)).isEqualTo(1);
    // A poll that overran into the next slot waits for the one after, never runs twice at once.
    assertThat(1_012_500 + AgentRunner.delayToNextPoll(1_012_500, 10_000)).isEqualTo(1_020_000);
  }
}
