package org.pattoo.auth;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this; the message names the action and what it needs. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends Exception {
  public AccessDeniedException(String message) {
    super(message);
  }
}
