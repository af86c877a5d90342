package org.pattoo.agent.snmp;

import java.util.List;
import java.util.Optional;

/**
 * How to reach a set of devices: SNMP version, port, community or v3 user, and how long to wait.
 *
 * @param version 1, 2 (for v2c) or 3
 * @param timeoutMs how long to wait for each response
 * @param retries how many times to resend an unanswered request
 */
record AuthGroup(
    String name,
    int version,
    int port,
    Optional<String> community,
    Optional<UsmUser> user,
    int timeoutMs,
    int retries,
    List<String> targets) {

  AuthGroup {
    if (version < 1 || version > 3) {
      throw new IllegalArgumentException("snmp_version: expecting 1, 2 or 3, found " + version);
    }
    if (version == 3 ? user.isEmpty() : community.isEmpty()) {
      throw new IllegalArgumentException(
          version == 3
              ? "snmp_secname: expecting a user name for SNMP v3"
              : "snmp_community: expecting a community for SNMP v" + version);
    }
    targets = List.copyOf(targets);
  }

  /** What the effective configuration log shows: never a community or a password. */
  String describe() {
    return name
        + ": v"
        + (version == 2 ? "2c" : version)
        + " port "
        + port
        + user.map(u -> " user " + u).orElse(" community ****")
        + ", timeout "
        + timeoutMs
        + " ms, "
        + retries
        + " retries";
  }
}
