package org.pattoo.agent.exec;

/** A line of a command's output that its format cannot read; the message names the line. */
final class BadOutputException extends Exception {

  BadOutputException(int line, String problem) {
    super("output line " + line + ": " + problem);
  }
}
