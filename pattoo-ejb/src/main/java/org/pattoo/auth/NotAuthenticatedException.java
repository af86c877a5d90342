package org.pattoo.auth;

import jakarta.ejb.ApplicationException;

/** Credentials that do not identify anyone: wrong, expired, revoked or of a disabled user. */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends Exception {
  public NotAuthenticatedException(String message) {
    super(message);
  }
}
