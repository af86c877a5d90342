package org.pattoo.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow password hashes: PBKDF2 with HMAC-SHA256 from the JDK, in the text format of Jakarta
 * Security's {@code Pbkdf2PasswordHash} ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}, both
 * base64), so a hash names its own cost and can be raised later. Its {@code main} hashes a password
 * read from standard input, which is how {@code ./pattoo up} makes the first admin.
 */
public final class PasswordHasher {

  static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHasher() {}

  public static String hash(String password) {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS, 32));
  }

  /** True when {@code password} matches {@code stored}; false for any malformed hash. */
  public static boolean verify(String password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations, expected.length));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is required by every Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Prints the hash of the first line of standard input; the password never is an argument. */
  public static void main(String[] args) throws IOException {
    String password = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
    if (password.isEmpty()) {
      System.err.println("usage: PasswordHasher < file-holding-the-password");
      System.exit(2);
    }
    System.out.println(hash(password));
  }
}
