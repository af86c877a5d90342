package org.pattoo.query;

/** A query the caller got wrong: unknown id, impossible range, bad cursor. The message says how. */
public class QueryException extends Exception {

  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }
}
