package org.pattoo.agent.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReconnectTest {

  @Test
  void retriesAtOnceThenWaitsLongerUpToFiveMinutes() {
    Reconnect r = new Reconnect();
    assertThat(r.mayTry(0)).isTrue();

    r.failed(1_000);
    assertThat(r.mayTry(1_000)).isTrue();

    r.failed(1_000);
    assertThat(r.mayTry(2_999)).isFalse();
    assertThat(r.mayTry(3_000)).isTrue();

    for (int i = 0; i < 30; i++) {
      r.failed(10_000);
    }
    assertThat(r.notBefore()).isEqualTo(10_000 + Reconnect.MAX_MS);

    r.succeeded();
    assertThat(r.mayTry(0)).isTrue();
  }
}
