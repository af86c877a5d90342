package org.pattoo.agent.snmp;

import java.util.Optional;

/**
 * An SNMP v3 user; the security level follows from which protocols are set, as in the original
 * (noAuthNoPriv, authNoPriv, authPriv). Passwords never appear in {@link #toString()}.
 */
record UsmUser(
    String secname,
    Optional<AuthProtocol> auth,
    Optional<String> authPassword,
    Optional<PrivProtocol> priv,
    Optional<String> privPassword) {

  UsmUser {
    if (secname == null || secname.isBlank()) {
      throw new IllegalArgumentException("snmp_secname: expecting a user name for SNMP v3");
    }
    if (auth.isPresent() != authPassword.isPresent()) {
      throw new IllegalArgumentException(
          "snmp_authpassword: give both snmp_authprotocol and snmp_authpassword, or neither");
    }
    if (priv.isPresent() != privPassword.isPresent()) {
      throw new IllegalArgumentException(
          "snmp_privpassword: give both snmp_privprotocol and snmp_privpassword, or neither");
    }
    if (priv.isPresent() && auth.isEmpty()) {
      throw new IllegalArgumentException(
          "snmp_privprotocol: privacy needs authentication (snmp_authprotocol)");
    }
    // RFC 3414 keys need at least 8 characters; shorter ones fail only at the first request.
    if (authPassword.filter(p -> p.length() < 8).isPresent()) {
      throw new IllegalArgumentException("snmp_authpassword: expecting at least 8 characters");
    }
    if (privPassword.filter(p -> p.length() < 8).isPresent()) {
      throw new IllegalArgumentException("snmp_privpassword: expecting at least 8 characters");
    }
  }

  String level() {
    return priv.isPresent() ? "authPriv" : auth.isPresent() ? "authNoPriv" : "noAuthNoPriv";
  }

  @Override
  public String toString() {
    return secname
        + " "
        + level()
        + auth.map(a -> " " + a).orElse("")
        + priv.map(p -> "/" + p).orElse("");
  }
}
