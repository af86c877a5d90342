package org.pattoo.graphql.gate;

/**
 * A GraphQL request refused before it runs: the HTTP status, a GraphQL error code for clients that
 * branch on it, and a one-line message saying what to change.
 */
final class Refusal extends Exception {

  private final int status;
  private final String code;

  Refusal(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
