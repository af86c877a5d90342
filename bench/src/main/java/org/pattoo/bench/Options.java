package org.pattoo.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Command-line options as {@code --name value} pairs, read with typed, validated getters. */
final class Options {

  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = values;
  }

  static Options parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i] + " (see --help)");
      }
      String key = args[i].substring(2);
      if (key.equals("help")) {
        values.put(key, "");
      } else if (i + 1 < args.length) {
        values.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + key + " needs a value (see --help)");
      }
    }
    return new Options(values);
  }

  /** Rejects options outside {@code names}, so a misspelt or misplaced one is not ignored. */
  void allowOnly(Set<String> names, String where) {
    for (String name : values.keySet()) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException(
            "--" + name + ": no such option " + where + " (see --help)");
      }
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String required(String name, String why) {
    return get(name)
        .orElseThrow(() -> new IllegalArgumentException("--" + name + " is required " + why));
  }

  /** A whole number of at least 1, so a typo fails here rather than as a strange measurement. */
  long positive(String name, long fallback) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new IllegalArgumentException(
        "--" + name + ": expecting a whole number of at least 1, found \"" + text + "\"");
  }

  int positiveInt(String name, int fallback) {
    long value = positive(name, fallback);
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "--" + name + ": expecting at most " + Integer.MAX_VALUE + ", found " + value);
    }
    return (int) value;
  }
}
