package org.pattoo.agent.modbus;

import java.util.Locale;
import java.util.Optional;

/** How many registers a value spans and how their bytes read as a number. */
enum ValueType {
  INT16(1, false),
  UINT16(1, false),
  INT32(2, false),
  UINT32(2, false),
  FLOAT32(2, true),
  FLOAT64(4, true);

  private final int words;
  private final boolean floating;

  ValueType(int words, boolean floating) {
    this.words = words;
    this.floating = floating;
  }

  int words() {
    return words;
  }

  boolean floating() {
    return floating;
  }

  String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ValueType> of(String name) {
    for (ValueType t : values()) {
      if (t.configName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
