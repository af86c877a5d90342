package org.pattoo.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The violations a decoder finds in one payload, kept up to a bound, so a client learns what is
 * wrong all at once without a bad body costing memory.
 */
public final class Problems {

  private static final int MAX = 50;

  private final List<Violation> violations = new ArrayList<>();
  private int count;

  public void add(String where, String message) {
    count++;
    if (violations.size() < MAX) {
      violations.add(new Violation(where, message));
    }
  }

  /** Adds the violation unless {@code ok}; returns {@code ok}. */
  public boolean check(boolean ok, String where, String message) {
    if (!ok) {
      add(where, message);
    }
    return ok;
  }

  /** How many were found so far, the ones past the bound included. */
  public int count() {
    return count;
  }

  public void throwIfAny() throws InvalidPayloadException {
    if (!violations.isEmpty()) {
      throw new InvalidPayloadException(violations);
    }
  }

  /** Adds the violation and stops decoding. */
  public void fail(String where, String message) throws InvalidPayloadException {
    add(where, message);
    throwIfAny();
  }
}
