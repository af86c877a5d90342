package org.pattoo.agent;

/** The pattoo data types with the original agents' wire codes (original-pattoo.md §2.4). */
public enum DataType {
  /** Text that changes rarely (a version, a status); the server stores each change. */
  STRING(2),
  /** A 32-bit total that only grows and may wrap; charted as a rate per second. */
  COUNTER32(32),
  /** A 64-bit total that only grows and may wrap; charted as a rate per second. */
  COUNTER64(64),
  /** A whole-number gauge or state. */
  INT(99),
  /** A gauge: a level that goes up and down. */
  FLOAT(101);

  private final int code;

  DataType(int code) {
    this.code = code;
  }

  /** The type's number on the wire and in the series checksum. */
  public int code() {
    return code;
  }
}
