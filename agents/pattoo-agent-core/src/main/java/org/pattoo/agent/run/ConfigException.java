package org.pattoo.agent.run;

/** A configuration that cannot run; the message names the YAML path, the expectation, the find. */
public final class ConfigException extends Exception {

  /**
   * @param message one line that starts with the YAML path, e.g. {@code
   *     pattoo_agent_example.endpoints[0].url: missing}
   */
  public ConfigException(String message) {
    super(message);
  }
}
