package org.pattoo.agent.modbus;

/**
 * One configured value to poll: where it is (kind and Modicon reference, e.g. input register
 * 30388), how its registers read as a number, and the linear scaling applied to it.
 *
 * @param reference the address as configured, which names the data point
 * @param wireAddress the 0-based address in the request
 * @param bigEndianBytes the high byte of each register first (AB)
 * @param bigEndianWords the most significant register first (ABCD rather than CDAB)
 * @param multiplier the scale: value = raw × multiplier + offset
 */
record Point(
    RegisterKind kind,
    long reference,
    int wireAddress,
    ValueType type,
    boolean bigEndianBytes,
    boolean bigEndianWords,
    double multiplier,
    double offset) {

  Point {
    if (kind == null || type == null) {
      throw new IllegalArgumentException("kind and type: expecting values");
    }
    if (kind.wireAddress(reference) != wireAddress || wireAddress < 0) {
      throw new IllegalArgumentException(
          "address: expecting " + kind.ranges() + ", found " + reference);
    }
    if (wireAddress + (kind.isBit() ? 1 : type.words()) > 65536) {
      throw new IllegalArgumentException(
          "address: a " + type.configName() + " at " + reference + " runs past the last register");
    }
    if (!Double.isFinite(multiplier) || !Double.isFinite(offset)) {
      throw new IllegalArgumentException("multiplier and offset: expecting finite numbers");
    }
  }

  /** A bit, or an unscaled uint16 register, as the original agent read them. */
  static Point plain(RegisterKind kind, long reference) {
    return new Point(
        kind, reference, kind.wireAddress(reference), ValueType.UINT16, true, true, 1, 0);
  }

  /** Registers (or bits) this point spans. */
  int length() {
    return kind.isBit() ? 1 : type.words();
  }

  /** The original agent's key, e.g. input_register_30388. */
  String key() {
    return kind.label() + "_" + reference;
  }

  /** Integer types with integer scaling stay integers (pattoo type 99); the rest are floats. */
  boolean integral() {
    return kind.isBit()
        || (!type.floating() && multiplier == Math.rint(multiplier) && offset == Math.rint(offset));
  }
}
