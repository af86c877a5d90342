package org.pattoo.agent.bacnet.client;

/**
 * A request that gave no value: {@code answered} says whether the device answered (an Error, Reject
 * or Abort about this request only) or stayed silent (so its other requests will too).
 */
public final class BacnetException extends Exception {

  private final boolean answered;

  public BacnetException(String message, boolean answered) {
    super(message);
    this.answered = answered;
  }

  public boolean answered() {
    return answered;
  }
}
