package org.pattoo.agent.snmp;

import java.util.List;

/**
 * What to poll on one device: its address, how to reach it, and either the OIDs to walk or, in
 * IF-MIB mode, every interface counter.
 */
record TargetPlan(String group, String host, AuthGroup auth, List<OidSpec> oids, boolean ifmib) {

  TargetPlan {
    oids = List.copyOf(oids);
    if (!ifmib && oids.isEmpty()) {
      throw new IllegalArgumentException(group + ": oids: expecting at least one OID to walk");
    }
  }
}
