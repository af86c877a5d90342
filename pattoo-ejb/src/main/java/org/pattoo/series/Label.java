package org.pattoo.series;

/** One metadata pair of a series, already normalized and prefixed with the agent program. */
public record Label(String key, String value) implements Comparable<Label> {

  public Label {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("label key: expecting a non-empty string");
    }
    if (value == null) {
      throw new IllegalArgumentException("label " + key + ": value must not be null");
    }
  }

  @Override
  public int compareTo(Label o) {
    int byKey = key.compareTo(o.key);
    return byKey != 0 ? byKey : value.compareTo(o.value);
  }
}
