package org.pattoo.auth;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Lookups of users shared by the services of this package. */
final class Users {

  private Users() {}

  static Optional<User> byName(EntityManager em, String username) {
    return em.createNamedQuery("User.byName", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  static long enabledAdmins(EntityManager em) {
    return em.createNamedQuery("User.enabledAdmins", Long.class)
        .setParameter("role", Role.ADMIN)
        .getSingleResult();
  }

  static long admins(EntityManager em) {
    return em.createNamedQuery("User.admins", Long.class)
        .setParameter("role", Role.ADMIN)
        .getSingleResult();
  }
}
