package org.pattoo.agent.snmp;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;

/**
 * One device polled over its auth group's session: what the OID and IF-MIB collectors share. A
 * device that fails is reported to the sink with what it gave before failing.
 */
abstract class DeviceCollector implements Collector {

  final TargetPlan plan;
  private final SnmpSession session;
  private final Clock clock;

  DeviceCollector(TargetPlan plan, SnmpSession session, Clock clock) {
    this.plan = plan;
    this.session = session;
    this.clock = clock;
  }

  /** Reads the device into {@code points}, stamped {@code now}. */
  abstract void poll(Walker walker, long now, List<DataPoint> points) throws SnmpFailure;

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
  public final void collect(Sink sink) {
    String target = SnmpAgent.targetName(plan);
    List<DataPoint> points = new ArrayList<>();
    try {
      poll(new Walker(session.snmp(), session.target(plan.host())), clock.millis(), points);
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
