package org.pattoo.series;

import java.util.Optional;

/** The pattoo data types, with the wire codes of the original agents (original-pattoo.md §2.4). */
public enum DataType {
  STRING(2),
  COUNTER32(32),
  COUNTER64(64),
  INT(99),
  FLOAT(101);

  private final int code;

  DataType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public boolean isNumeric() {
    return this != STRING;
  }

  public boolean isCounter() {
    return this == COUNTER32 || this == COUNTER64;
  }

  /** The width a counter wraps at: 32 or 64; 0 for other types. */
  public int counterBits() {
    return this == COUNTER32 ? 32 : this == COUNTER64 ? 64 : 0;
  }

  /** The counter width of a stored type code; 0 for other or unknown codes. */
  public static int counterBits(long code) {
    return ofCode(code).map(DataType::counterBits).orElse(0);
  }

  public static Optional<DataType> ofCode(long code) {
    for (DataType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
