package org.pattoo.auth;

/** What a new password must be: long enough to resist guessing, short enough to hash cheaply. */
final class Passwords {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 256;

  private Passwords() {}

  static String checked(String field, String password, String username)
      throws InvalidInputException {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInputException(field, "expecting at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInputException(field, "expecting at most " + MAX_LENGTH + " characters");
    }
    if (password.toLowerCase().contains(username.toLowerCase())) {
      throw new InvalidInputException(field, "must not contain the username");
    }
    return password;
  }
}
