package org.pattoo.agent.opcua;

import java.util.Optional;

/**
 * Who the agent is to a server: anonymous, or a user name with its password.
 *
 * @param username empty for anonymous
 */
record Identity(Optional<String> username, String password) {

  static final Identity ANONYMOUS = new Identity(Optional.empty(), "");

  Identity {
    if (username.isPresent() && username.get().isBlank()) {
      throw new IllegalArgumentException("username: expecting a non-empty string");
    }
    if (password == null) {
      throw new IllegalArgumentException("password: expecting a string");
    }
  }

  /** How logs and errors name it; never the password. */
  @Override
  public String toString() {
    return username.map(u -> "user " + u).orElse("anonymous");
  }
}
