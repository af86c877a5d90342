package org.pattoo.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Who sent a web API request: a user through a login session, or a user's read-only API token.
 *
 * @param sessionId the login session, empty for an API token
 * @param passwordExpired true when the user must change the password before anything else
 */
public record Caller(
    long userId, String username, Role role, Optional<String> sessionId, boolean passwordExpired) {

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sessionId, "sessionId");
  }

  /** API tokens only read: they cannot change anything, not even their own user. */
  public boolean readOnly() {
    return sessionId.isEmpty();
  }

  public boolean isAdmin() {
    return role == Role.ADMIN && !readOnly();
  }

  /** Throws unless the caller is an admin acting through a login. */
  public void requireAdmin(String action) throws AccessDeniedException {
    if (!isAdmin()) {
      throw new AccessDeniedException(action + " needs the admin role");
    }
  }
}
