package org.pattoo.config;

import java.util.List;

/**
 * Thrown at startup when a {@code pattoo.*} key holds an impossible value; names every such key.
 */
public final class InvalidSettingsException extends RuntimeException {

  private final List<String> problems;

  InvalidSettingsException(List<String> problems) {
    super("invalid configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per bad key, each starting with the key's name. */
  public List<String> problems() {
    return problems;
  }
}
