package org.pattoo.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A configured agent credential: a name for logs and the SHA-256 of the secret token, so the
 * configuration never holds the token itself ({@code pattoo.ingest.tokens=name:sha256hex}).
 */
public record AgentToken(String name, byte[] sha256) {

  public AgentToken {
    if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("name: expecting letters, digits, '.', '_' or '-'");
    }
    if (sha256 == null || sha256.length != 32) {
      throw new IllegalArgumentException("sha256: expecting 32 bytes");
    }
    sha256 = sha256.clone();
  }

  /** Parses {@code name:64-hex-digits}; empty when malformed. */
  public static Optional<AgentToken> parse(String entry) {
    int colon = entry.indexOf(':');
    if (colon < 1 || !entry.substring(colon + 1).matches("[0-9a-fA-F]{64}")) {
      return Optional.empty();
    }
    String name = entry.substring(0, colon);
    if (!name.matches("[A-Za-z0-9._-]+")) {
      return Optional.empty();
    }
    return Optional.of(new AgentToken(name, HexFormat.of().parseHex(entry.substring(colon + 1))));
  }

  /** Compares in constant time, so response timing reveals nothing about the hash. */
  public boolean matches(String presentedToken) {
    return MessageDigest.isEqual(sha256, digest(presentedToken));
  }

  static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
