package org.pattoo.auth;

import jakarta.ejb.ApplicationException;

/** An argument that cannot be accepted; the message starts with the argument's name. */
@ApplicationException(rollback = true)
public class InvalidInputException extends Exception {
  public InvalidInputException(String field, String message) {
    super(field + ": " + message);
  }
}
