package org.pattoo.ingest;

/** A body or batch over the configured limits; nothing of it was written. Answered with 413. */
public final class PayloadTooLargeException extends Exception {

  public PayloadTooLargeException(String message) {
    super(message);
  }
}
