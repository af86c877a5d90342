package org.pattoo.agent.snmp;

import org.snmp4j.smi.OID;

/**
 * An OID to walk and the factor for its numeric values (8 turns octets into bits).
 *
 * @param address numeric, with or without the leading dot; it is the data points' key
 */
record OidSpec(String address, double multiplier) {

  OidSpec {
    if (address == null || !address.matches("\\.?[0-9]+(\\.[0-9]+)+")) {
      throw new IllegalArgumentException(
          "address: expecting a numeric OID like .1.3.6.1.2.1.1.5, found \"" + address + "\"");
    }
    address = address.startsWith(".") ? address : "." + address;
  }

  OID oid() {
    return new OID(address.substring(1));
  }
}
