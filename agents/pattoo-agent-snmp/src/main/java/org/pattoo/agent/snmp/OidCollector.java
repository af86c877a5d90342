package org.pattoo.agent.snmp;

import java.time.Clock;
import java.util.List;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.snmp4j.smi.VariableBinding;

/**
 * The original generic agent for one device: walks each configured OID; the key is the configured
 * OID, the instance OID is the {@code oid} label, numeric values are multiplied.
 */
final class OidCollector extends DeviceCollector {

  OidCollector(TargetPlan plan, SnmpSession session, Clock clock) {
    super(plan, session, clock);
  }

  @Override
  void poll(Walker walker, long now, List<DataPoint> points) throws SnmpFailure {
    for (OidSpec spec : plan.oids()) {
      for (VariableBinding vb : walker.walk(spec.oid())) {
        Values.point(
                spec.address(),
                vb.getVariable(),
                spec.multiplier(),
                now,
                List.of(Metadata.of("oid", "." + vb.getOid().toDottedString())))
            .ifPresent(points::add);
      }
    }
  }
}
