package org.pattoo.agent;

/** The pattoo data types with the original agents' wire codes (original-pattoo.md §2.4). */
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
}
