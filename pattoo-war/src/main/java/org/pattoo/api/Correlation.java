package org.pattoo.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Logs an unexpected failure under a fresh id that the answer names, so the two can be matched. */
public final class Correlation {

  private Correlation() {}

  /** The id the failure was logged under. */
  public static String logged(Logger log, Throwable e) {
    String id = UUID.randomUUID().toString();
    log.log(Level.SEVERE, "internal error " + id, e);
    return id;
  }
}
