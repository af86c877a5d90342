package org.pattoo.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import org.pattoo.auth.PasswordHasher;

/**
 * Users and API tokens the tests need, written straight into the test database as an operator's
 * earlier work would have left them; what the server does with them is what the tests check.
 */
public final class TestUsers {

  /** A user whose read-only API token the read tests send. */
  public static final String READER = "it-reader";

  /** That token: fixed, so every IT class and every run shares it. */
  public static final String READER_TOKEN = "pattoo_api_it-reader-token-0123456789abcdefghijklmn";

  private static boolean readerReady;

  private TestUsers() {}

  /**
   * Creates or resets {@code username}: this password, role, enabled, password not expired, no
   * failed state. Hashing is slow (PBKDF2), so call it once per user and class.
   */
  public static void ensure(String username, String password, String role) throws SQLException {
    TestDatabase.execute(
        "INSERT INTO app_user (username, full_name, role, enabled, password_hash, password_expired,"
            + " created_at, password_changed_at) VALUES (?, '', ?, true, ?, false, now(), now())"
            + " ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, enabled = true,"
            + " password_hash = EXCLUDED.password_hash, password_expired = false",
        username,
        role,
        PasswordHasher.hash(password));
  }

  /** The header value that reads as {@link #READER}, creating user and token on first use. */
  public static synchronized String readerAuthorization() throws SQLException {
    if (!readerReady) {
      ensure(READER, "reader password that nobody uses", "USER");
      TestDatabase.execute(
          "INSERT INTO api_token (user_id, name, token_hash, created_at)"
              + " SELECT id, 'it-reader', ?, now() FROM app_user WHERE username = ?"
              + " ON CONFLICT (token_hash) DO UPDATE SET revoked_at = NULL",
          sha256(READER_TOKEN),
          READER);
      readerReady = true;
    }
    return "Bearer " + READER_TOKEN;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
