package org.pattoo.agent.snmp;

import java.util.Locale;
import java.util.Optional;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.AuthenticationProtocol;

/** The USM authentication protocols a v3 user may use, by the names net-snmp's CLI accepts. */
enum AuthProtocol {
  MD5,
  SHA,
  SHA224,
  SHA256,
  SHA384,
  SHA512;

  /** Accepts {@code SHA-256} and {@code sha256} alike; SHA1 is SHA. */
  static Optional<AuthProtocol> parse(String name) {
    String n = name.toUpperCase(Locale.ROOT).replace("-", "");
    if (n.equals("SHA1")) {
      return Optional.of(SHA);
    }
    for (AuthProtocol p : values()) {
      if (p.name().equals(n)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * A fresh instance; MD5 and SHA-1 are registered only by us, since SNMP4J 3.13 leaves them out of
   * its defaults and v3 requests with them would fail locally.
   */
  AuthenticationProtocol snmp4j() {
    return switch (this) {
      case MD5 -> new AuthMD5();
      case SHA -> new AuthSHA();
      case SHA224 -> new AuthHMAC128SHA224();
      case SHA256 -> new AuthHMAC192SHA256();
      case SHA384 -> new AuthHMAC256SHA384();
      case SHA512 -> new AuthHMAC384SHA512();
    };
  }
}
