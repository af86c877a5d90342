package org.pattoo.agent.modbus;

/**
 * The four Modbus tables, with their configuration list, their data point key, their Modicon
 * reference ranges (e.g. 40001-49999 or 400001-465536 for holding registers) and how much one
 * request may read.
 */
enum RegisterKind {
  COIL("coils", "coil", 0, 1, 2000),
  DISCRETE_INPUT("discrete_inputs", "discrete_input", 1, 2, 2000),
  INPUT_REGISTER("input_registers", "input_register", 3, 4, 125),
  HOLDING_REGISTER("holding_registers", "holding_register", 4, 3, 125);

  private final String listKey;
  private final String name;
  private final int prefix;
  private final int functionCode;
  private final int maxPerRead;

  RegisterKind(String listKey, String name, int prefix, int functionCode, int maxPerRead) {
    this.listKey = listKey;
    this.name = name;
    this.prefix = prefix;
    this.functionCode = functionCode;
    this.maxPerRead = maxPerRead;
  }

  /** The YAML list of a polling group holding points of this kind. */
  String listKey() {
    return listKey;
  }

  /** The data point key's stem and the {@code kind} label, e.g. holding_register. */
  String label() {
    return name;
  }

  /** For errors: "holding registers", "coils". */
  String plural() {
    return listKey.replace('_', ' ');
  }

  boolean isBit() {
    return this == COIL || this == DISCRETE_INPUT;
  }

  int functionCode() {
    return functionCode;
  }

  /** The protocol's limit: 125 registers or 2000 bits per request. */
  int maxPerRead() {
    return maxPerRead;
  }

  /**
   * The 0-based wire address of a reference, or -1 when it is outside both the 5-digit
   * (prefix·10000 + 1..9999) and the 6-digit (prefix·100000 + 1..65536) ranges of this kind.
   */
  int wireAddress(long reference) {
    long five = reference - prefix * 10_000L - 1;
    if (five >= 0 && five < 9999) {
      return (int) five;
    }
    long six = reference - prefix * 100_000L - 1;
    if (six >= 0 && six < 65536) {
      return (int) six;
    }
    return -1;
  }

  /** The ranges {@link #wireAddress} accepts, for errors. */
  String ranges() {
    if (prefix == 0) {
      return "1-65536";
    }
    return prefix + "0001-" + prefix + "9999 or " + prefix + "00001-" + prefix + "65536";
  }
}
