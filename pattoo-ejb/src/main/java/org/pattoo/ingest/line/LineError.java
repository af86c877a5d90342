package org.pattoo.ingest.line;

/** Something wrong within one line; caught per line, so the next line is still read. */
final class LineError extends Exception {

  LineError(String message) {
    super(message, null, false, false);
  }
}
