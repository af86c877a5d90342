package org.pattoo.graphql.gate;

import graphql.language.OperationDefinition.Operation;
import java.util.Optional;
import java.util.Set;
import org.pattoo.auth.Caller;

/**
 * Which operations a caller may send at all, decided on the operation's root fields before it runs;
 * the services then check what each mutation does to whom.
 */
final class AccessRules {

  /** What may be sent without a token: getting one. */
  static final Set<String> ANONYMOUS_MUTATIONS = Set.of("login", "refresh", "__typename");

  /** What works while the password is expired: changing it, and looking at oneself. */
  static final Set<String> EXPIRED_PASSWORD =
      Set.of("changePassword", "logout", "me", "__typename");

  private AccessRules() {}

  static void check(Optional<Caller> caller, Optional<QueryShape> shape) throws Refusal {
    if (caller.isEmpty()) {
      boolean gettingToken =
          shape.isPresent()
              && shape.get().type() == Operation.MUTATION
              && ANONYMOUS_MUTATIONS.containsAll(shape.get().rootFields());
      if (!gettingToken) {
        throw new Refusal(
            401,
            "UNAUTHENTICATED",
            "authentication required: send Authorization: Bearer <access token or API token>;"
                + " the login mutation gives an access token");
      }
      return;
    }
    if (shape.isEmpty()) {
      return; // no such operation: the validator says so
    }
    if (caller.get().readOnly() && shape.get().type() != Operation.QUERY) {
      throw new Refusal(403, "FORBIDDEN", "API tokens only read: mutations need a login");
    }
    if (caller.get().passwordExpired() && !EXPIRED_PASSWORD.containsAll(shape.get().rootFields())) {
      throw new Refusal(
          403, "PASSWORD_EXPIRED", "password expired: change it with changePassword first");
    }
  }
}
