package org.pattoo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed logins over a sliding window, counted per name and per address, with hand-set times. */
class LoginThrottleTest {

  static final LoginThrottle.Limits LIMITS = new LoginThrottle.Limits(3, 5, Duration.ofMinutes(10));
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void theNameIsBlockedUntilItsOldestFailureLeavesTheWindow() {
    LoginThrottle t = new LoginThrottle();
    t.failed("alice", "10.0.0.1", LIMITS, T0);
    t.failed("alice", "10.0.0.2", LIMITS, T0.plusSeconds(60));
    assertThat(t.waitFor("alice", "10.0.0.9", LIMITS, T0.plusSeconds(61))).isEmpty();
    t.failed("alice", "10.0.0.3", LIMITS, T0.plusSeconds(120));

    // Three failures: blocked from any address until T0 + 10 min, when the first one expires.
    assertThat(t.waitFor("Alice", "10.0.0.9", LIMITS, T0.plusSeconds(180)))
        .hasValue(Duration.ofSeconds(420));
    assertThat(t.waitFor("alice", "10.0.0.9", LIMITS, T0.plusSeconds(600))).isEmpty();
  }

  @Test
  void theAddressIsBlockedForEveryNameAfterItsOwnLimit() {
    LoginThrottle t = new LoginThrottle();
    for (int i = 0; i < 5; i++) {
      t.failed("user" + i, "10.0.0.1", LIMITS, T0.plusSeconds(i));
    }
    assertThat(t.waitFor("bob", "10.0.0.1", LIMITS, T0.plusSeconds(10)))
        .hasValue(Duration.ofSeconds(590));
    assertThat(t.waitFor("bob", "10.0.0.2", LIMITS, T0.plusSeconds(10))).isEmpty();
  }

  @Test
  void aRightPasswordClearsTheNameButNotTheAddress() {
    LoginThrottle t = new LoginThrottle();
    for (int i = 0; i < 5; i++) {
      t.failed("carol", "10.0.0.1", LIMITS, T0);
    }
    t.succeeded("carol");
    assertThat(t.waitFor("carol", "10.0.0.2", LIMITS, T0)).isEmpty();
    assertThat(t.waitFor("carol", "10.0.0.1", LIMITS, T0)).isPresent();
  }
}
