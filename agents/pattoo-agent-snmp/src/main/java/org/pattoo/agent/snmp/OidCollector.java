package org.pattoo.agent.snmp;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import org.snmp4j.smi.VariableBinding;

/**
 * The original generic agent for one device: walks each configured OID; the key is the configured
 * OID, the instance OID is the {@code oid} label, numeric values are multiplied.
 */
final class OidCollector implements Collector {

  private final TargetPlan plan;
  private final SnmpSession session;
  private final Clock clock;

  OidCollector(TargetPlan plan, SnmpSession session, Clock clock) {
    this.plan = plan;
    this.session = session;
    this.clock = clock;
  }

  @Override
  public String name() {
    return SnmpAgent.targetName(plan);
  }

  /** Closes the auth group's socket; closing it again for another of its devices is harmless. */
  @Override
  public void close() {
    session.close();
  }

  @Override
  public void collect(Sink sink) {
    String target = SnmpAgent.targetName(plan);
    List<DataPoint> points = new ArrayList<>();
    try {
      Walker walker = new Walker(session.snmp(), session.target(plan.host()));
      long now = clock.millis();
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
    } catch (SnmpFailure e) {
      sink.failed(target, e.getMessage());
    } catch (IOException e) {
      sink.failed(target, "cannot open an SNMP socket: " + e.getMessage());
    }
    if (!points.isEmpty()) {
      sink.add(new TargetData(target, points));
    }
  }
}
