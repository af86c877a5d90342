package org.pattoo.agent;

import java.util.Locale;

/**
 * A label of a data point. Identity labels (most) are part of the series checksum; the others, like
 * an interface alias, may change without starting a new series.
 */
public record Metadata(String key, String value, boolean identity) {

  public Metadata {
    key = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("metadata key: expecting a non-empty string");
    }
    if (key.contains("pattoo")) {
      throw new IllegalArgumentException("metadata key " + key + ": \"pattoo\" is reserved");
    }
    if (value == null) {
      throw new IllegalArgumentException("metadata " + key + ": value must not be null");
    }
    value = value.strip();
  }

  /** A label in the series identity: changing its value starts a new series. */
  public static Metadata of(String key, String value) {
    return new Metadata(key, value, true);
  }

  /** A label outside the series identity. */
  public static Metadata descriptive(String key, String value) {
    return new Metadata(key, value, false);
  }
}
