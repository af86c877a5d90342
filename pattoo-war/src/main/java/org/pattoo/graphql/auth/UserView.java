package org.pattoo.graphql.auth;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.auth.User;

/** A user as the API shows it: never the password hash. */
@Type("User")
public record UserView(
    String username,
    String fullName,
    UserRole role,
    boolean enabled,
    @Description("Must change the password before anything else works") boolean passwordExpired,
    @Description("Epoch ms") long createdAt) {

  static UserView of(User u) {
    return new UserView(
        u.username(),
        u.fullName(),
        UserRole.of(u.role()),
        u.enabled(),
        u.passwordExpired(),
        u.createdAt().toEpochMilli());
  }
}
