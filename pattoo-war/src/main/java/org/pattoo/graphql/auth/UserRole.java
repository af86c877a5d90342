package org.pattoo.graphql.auth;

import org.eclipse.microprofile.graphql.Enum;
import org.pattoo.auth.Role;

/** A user's role in the schema: admins also manage users, agent tokens and translations. */
@Enum("Role")
public enum UserRole {
  ADMIN,
  USER;

  Role toRole() {
    return Role.valueOf(name());
  }

  static UserRole of(Role role) {
    return valueOf(role.name());
  }
}
