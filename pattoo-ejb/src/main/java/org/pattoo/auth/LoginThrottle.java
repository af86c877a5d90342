package org.pattoo.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and per client address over a sliding window. Past the limit,
 * logins for that name or from that address are refused, right password or not, until the oldest
 * counted failure leaves the window: guessing stays slow without locking anyone out for good.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Entries kept at most; beyond it the idle ones go first, so memory stays bounded. */
  private static final int MAX_ENTRIES = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /**
   * How long {@code username} from {@code address} must still wait, or empty when a login may be
   * tried now.
   */
  public Optional<Duration> waitFor(String username, String address, Limits limits, Instant now) {
    Optional<Duration> byUser = waitFor(userKey(username), limits.perUser(), limits, now);
    Optional<Duration> byAddress = waitFor(addressKey(address), limits.perAddress(), limits, now);
    if (byUser.isPresent() && byAddress.isPresent()) {
      return Optional.of(max(byUser.get(), byAddress.get()));
    }
    return byUser.isPresent() ? byUser : byAddress;
  }

  public void failed(String username, String address, Limits limits, Instant now) {
    if (failures.size() >= MAX_ENTRIES) {
      failures.values().removeIf(d -> expire(d, limits.window(), now));
    }
    record(userKey(username), now);
    record(addressKey(address), now);
  }

  /** A right password clears the name's failures, not the address's: those were other names. */
  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private Optional<Duration> waitFor(String key, int max, Limits limits, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      expire(times, limits.window(), now);
      if (times.size() < max) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(limits.window())));
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
    }
  }

  /** Drops failures older than the window; true when none is left. */
  private static boolean expire(Deque<Instant> times, Duration window, Instant now) {
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
        times.removeFirst();
      }
      return times.isEmpty();
    }
  }

  private static String userKey(String username) {
    return "user:" + username.toLowerCase(java.util.Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The limits of {@code pattoo.auth.*}. */
  public record Limits(int perUser, int perAddress, Duration window) {}
}
