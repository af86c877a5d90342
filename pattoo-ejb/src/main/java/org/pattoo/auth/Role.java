package org.pattoo.auth;

/** What a user may do: admins also manage users, agent tokens and translations. */
public enum Role {
  ADMIN,
  USER
}
