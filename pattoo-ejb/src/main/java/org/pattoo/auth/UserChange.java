package org.pattoo.auth;

import java.util.Optional;

/** The fields of a user an update sets; empty ones stay as they are. */
public record UserChange(
    Optional<String> fullName,
    Optional<Role> role,
    Optional<Boolean> enabled,
    Optional<Boolean> passwordExpired) {

  public UserChange {
    java.util.Objects.requireNonNull(fullName, "fullName");
    java.util.Objects.requireNonNull(role, "role");
    java.util.Objects.requireNonNull(enabled, "enabled");
    java.util.Objects.requireNonNull(passwordExpired, "passwordExpired");
  }

  /** Whether only what users may change of themselves is set. */
  boolean onlyOwnFields() {
    return role.isEmpty() && enabled.isEmpty() && passwordExpired.isEmpty();
  }
}
