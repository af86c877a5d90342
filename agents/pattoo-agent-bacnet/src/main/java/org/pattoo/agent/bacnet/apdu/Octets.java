package org.pattoo.agent.bacnet.apdu;

/** Range checks shared by the APDU records. */
final class Octets {

  private Octets() {}

  static void check(String field, int value) {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException(field + ": expecting 0-255, found " + value);
    }
  }
}
