package org.pattoo.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code pattoo.auth.*} keys: token lifetimes, the failed-login limits, and the first admin.
 *
 * @param accessTokenLifetime how long an access token (JWT) is valid
 * @param refreshTokenLifetime how long a login lasts without a new password entry
 * @param maxFailedLoginsPerUser failed logins for one username within the window before its logins
 *     are refused until the window passes
 * @param maxFailedLoginsPerAddress the same for one client address, over all usernames
 * @param failedLoginWindow how far back failed logins count
 * @param bootstrapAdmin username of the admin created when there is none
 * @param bootstrapAdminPasswordHash that admin's password hash ({@code PBKDF2WithHmacSHA256:...});
 *     no admin is created without it
 */
public record AuthSettings(
    Duration accessTokenLifetime,
    Duration refreshTokenLifetime,
    int maxFailedLoginsPerUser,
    int maxFailedLoginsPerAddress,
    Duration failedLoginWindow,
    String bootstrapAdmin,
    Optional<String> bootstrapAdminPasswordHash) {

  static AuthSettings read(SettingsReader r) {
    String hash = r.string("pattoo.auth.bootstrap-admin-password", "");
    if (!hash.isEmpty() && !hash.startsWith("PBKDF2WithHmacSHA256:")) {
      r.invalid(
          "pattoo.auth.bootstrap-admin-password",
          "expecting a PBKDF2WithHmacSHA256:... hash (./pattoo up makes one), never a password");
    }
    return new AuthSettings(
        r.duration(
            "pattoo.auth.access-token-lifetime",
            Duration.ofMinutes(15),
            Duration.ofSeconds(1),
            Duration.ofDays(1)),
        r.duration(
            "pattoo.auth.refresh-token-lifetime",
            Duration.ofDays(1),
            Duration.ofMinutes(1),
            Duration.ofDays(365)),
        r.integer("pattoo.auth.max-failed-logins-per-user", 5, 1, 1000),
        r.integer("pattoo.auth.max-failed-logins-per-address", 20, 1, 100_000),
        r.duration(
            "pattoo.auth.failed-login-window",
            Duration.ofMinutes(15),
            Duration.ofSeconds(1),
            Duration.ofDays(1)),
        r.string("pattoo.auth.bootstrap-admin", "admin"),
        hash.isEmpty() ? Optional.empty() : Optional.of(hash));
  }
}
