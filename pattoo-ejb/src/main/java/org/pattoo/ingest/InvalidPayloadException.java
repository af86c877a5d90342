package org.pattoo.ingest;

import java.util.List;

/** A payload that cannot be stored as posted; nothing of it was written. Answered with 400. */
public final class InvalidPayloadException extends Exception {

  private final List<Violation> violations;

  public InvalidPayloadException(List<Violation> violations) {
    super(violations.size() + " problem(s), first: " + violations.get(0));
    this.violations = List.copyOf(violations);
  }

  public InvalidPayloadException(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
