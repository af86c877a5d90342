package org.pattoo.series;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The original pattoo's checksums (original-pattoo.md §2.6): lower-case hex SHA of UTF-8 text. */
public final class SeriesIdentity {

  private SeriesIdentity() {}

  /** The server-side series identity: SHA-512 of agent id + polled target + agent checksum. */
  public static String checksum(String agentId, String target, String agentChecksum) {
    return hex("SHA-512", agentId + target + agentChecksum);
  }

  /** The agent-side checksum chain step: SHA-256 of the text. */
  public static String sha256(String text) {
    return hex("SHA-256", text);
  }

  private static String hex(String algorithm, String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by every Java runtime", e);
    }
  }
}
