package org.pattoo.agent.snmp;

import java.util.Locale;
import java.util.Optional;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.PrivacyProtocol;

/** The USM privacy protocols a v3 user may use; AES is AES-128, as in net-snmp. */
enum PrivProtocol {
  DES,
  AES,
  AES192,
  AES256;

  /** Accepts {@code AES-256}, {@code aes256} and {@code AES128} (= AES). */
  static Optional<PrivProtocol> parse(String name) {
    String n = name.toUpperCase(Locale.ROOT).replace("-", "");
    if (n.equals("AES128")) {
      return Optional.of(AES);
    }
    for (PrivProtocol p : values()) {
      if (p.name().equals(n)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  PrivacyProtocol snmp4j() {
    return switch (this) {
      case DES -> new PrivDES();
      case AES -> new PrivAES128();
      case AES192 -> new PrivAES192();
      case AES256 -> new PrivAES256();
    };
  }
}
