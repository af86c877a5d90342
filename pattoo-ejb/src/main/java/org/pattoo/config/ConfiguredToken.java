package org.pattoo.config;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An agent credential from {@code pattoo.ingest.tokens}: a name for logs and the SHA-256 of the
 * secret token, so the configuration never holds the token itself ({@code name:sha256hex}).
 */
public record ConfiguredToken(String name, byte[] sha256) {

  public ConfiguredToken {
    if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("name: expecting letters, digits, '.', '_' or '-'");
    }
    if (sha256 == null || sha256.length != 32) {
      throw new IllegalArgumentException("sha256: expecting 32 bytes");
    }
    sha256 = sha256.clone();
  }

  /** Parses {@code name:64-hex-digits}; empty when malformed. */
  public static Optional<ConfiguredToken> parse(String entry) {
    int colon = entry.indexOf(':');
    if (colon < 1 || !entry.substring(colon + 1).matches("[0-9a-fA-F]{64}")) {
      return Optional.empty();
    }
    String name = entry.substring(0, colon);
    if (!name.matches("[A-Za-z0-9._-]+")) {
      return Optional.empty();
    }
    return Optional.of(
        new ConfiguredToken(name, HexFormat.of().parseHex(entry.substring(colon + 1))));
  }

  /** Compares hashes in constant time, so response timing reveals nothing about them. */
  public boolean matches(byte[] presentedSha256) {
    return MessageDigest.isEqual(sha256, presentedSha256);
  }
}
