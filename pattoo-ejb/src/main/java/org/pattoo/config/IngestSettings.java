package org.pattoo.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code pattoo.ingest.*} keys: limits on what one request may carry, and who may post.
 *
 * @param maxBodyBytes largest request body, after gzip decompression
 * @param maxPoints most data points in one request
 * @param maxStringLength longest key, label or string value
 * @param maxAge oldest accepted sample, relative to now
 * @param maxFuture newest accepted sample, relative to now (clock skew)
 * @param tokens agent credentials, as SHA-256 hashes
 * @param openNetworks clients that may post without a token (legacy agents)
 */
public record IngestSettings(
    int maxBodyBytes,
    int maxPoints,
    int maxStringLength,
    Duration maxAge,
    Duration maxFuture,
    List<ConfiguredToken> tokens,
    List<Network> openNetworks) {

  public IngestSettings {
    tokens = List.copyOf(tokens);
    openNetworks = List.copyOf(openNetworks);
  }

  /** The bounds for a request arriving at {@code nowMs}. */
  public IngestLimits limits(long nowMs) {
    return new IngestLimits(
        maxPoints, maxStringLength, nowMs - maxAge.toMillis(), nowMs + maxFuture.toMillis());
  }

  static IngestSettings read(SettingsReader r) {
    return new IngestSettings(
        r.integer("pattoo.ingest.max-body-bytes", 25 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
        r.integer("pattoo.ingest.max-points", 100_000, 1, 10_000_000),
        r.integer("pattoo.ingest.max-string-length", 4096, 64, 1024 * 1024),
        r.duration(
            "pattoo.ingest.max-age",
            Duration.ofDays(35),
            Duration.ofMinutes(1),
            Duration.ofDays(36500)),
        r.duration(
            "pattoo.ingest.max-future",
            Duration.ofMinutes(10),
            Duration.ofSeconds(1),
            Duration.ofDays(7)),
        parsed(
            r,
            "pattoo.ingest.tokens",
            List.of(),
            ConfiguredToken::parse,
            "expecting name:sha256-hex entries separated by commas"),
        parsed(
            r,
            "pattoo.ingest.open-networks",
            List.of("127.0.0.0/8", "::1/128"),
            Network::parse,
            "expecting CIDR networks such as 10.0.0.0/8 separated by commas"));
  }

  private static <T> List<T> parsed(
      SettingsReader r,
      String key,
      List<String> fallback,
      Function<String, Optional<T>> parser,
      String expecting) {
    List<T> items = new ArrayList<>();
    for (String item : r.list(key, fallback)) {
      parser
          .apply(item)
          .ifPresentOrElse(
              items::add,
              () -> r.invalid(key, expecting + ", found \"" + masked(key, item) + "\""));
    }
    return items;
  }

  /** Token hashes are not secrets, but names in errors are enough to find the bad entry. */
  private static String masked(String key, String item) {
    return key.endsWith("tokens") ? item.substring(0, Math.max(0, item.indexOf(':'))) + ":…" : item;
  }
}
