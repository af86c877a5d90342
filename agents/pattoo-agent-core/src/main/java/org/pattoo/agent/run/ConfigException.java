package org.pattoo.agent.run;

/** A configuration that cannot run; the message names the YAML path, the expectation, the find. */
public final class ConfigException extends Exception {

  public ConfigException(String message) {
    super(message);
  }
}
