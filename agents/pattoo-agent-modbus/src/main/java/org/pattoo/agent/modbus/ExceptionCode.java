package org.pattoo.agent.modbus;

/** The Modbus exception codes' names, as the protocol specification gives them. */
final class ExceptionCode {

  private ExceptionCode() {}

  /** E.g. "illegal data address (exception 2)". */
  static String describe(int code) {
    String name =
        switch (code) {
          case 1 -> "illegal function";
          case 2 -> "illegal data address";
          case 3 -> "illegal data value";
          case 4 -> "server device failure";
          case 5 -> "acknowledge";
          case 6 -> "server device busy";
          case 8 -> "memory parity error";
          case 10 -> "gateway path unavailable";
          case 11 -> "gateway target device failed to respond";
          default -> "unknown exception";
        };
    return name + " (exception " + code + ")";
  }
}
