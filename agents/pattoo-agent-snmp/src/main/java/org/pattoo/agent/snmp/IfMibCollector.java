package org.pattoo.agent.snmp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * The original IF-MIB agent for one device: every interface counter of interfaces that are
 * administratively up, the 64-bit column where the device has it, octets as bits. ifDescr and
 * ifName are part of each series' identity; ifAlias, which operators rename, is not.
 */
final class IfMibCollector extends DeviceCollector {

  IfMibCollector(TargetPlan plan, SnmpSession session, Clock clock) {
    super(plan, session, clock);
  }

  @Override
  public String name() {
    return super.name() + " ifmib";
  }

  @Override
  void poll(Walker walker, long now, List<DataPoint> points) throws SnmpFailure {
    Map<Long, Variable> admin = column(walker, IfMib.IF_ADMIN_STATUS);
    Map<Long, Variable> descr = column(walker, IfMib.IF_DESCR);
    Map<Long, Variable> name = column(walker, IfMib.IF_NAME);
    Map<Long, Variable> alias = column(walker, IfMib.IF_ALIAS);
    // SNMP v1 cannot carry Counter64: the 64-bit columns are not even asked for.
    boolean hc = plan.auth().version() != 1;
    for (IfMib.Counter c : IfMib.COUNTERS) {
      Map<Long, Variable> v32 = column(walker, c.column32());
      Map<Long, Variable> v64 =
          hc && c.column64() != null ? column(walker, c.column64()) : Map.of();
      for (Map.Entry<Long, Variable> row : admin.entrySet()) {
        if (row.getValue().toInt() != 1) {
          continue; // administratively down (2) or testing (3): not polled, as the original
        }
        long index = row.getKey();
        boolean wide = v64.containsKey(index);
        Variable value = wide ? v64.get(index) : v32.get(index);
        if (value == null) {
          continue;
        }
        List<Metadata> labels = new ArrayList<>();
        labels.add(Metadata.of("oid", (wide ? c.column64() : c.column32()) + "." + index));
        label(labels, "ifDescr", descr.get(index), true);
        label(labels, "ifName", name.get(index), true);
        label(labels, "ifAlias", alias.get(index), false);
        Values.point(
                (wide ? c.name64() : c.name32()).toLowerCase(java.util.Locale.ROOT),
                value,
                c.octets() ? 8 : 1,
                now,
                labels)
            .ifPresent(points::add);
      }
    }
  }

  private static void label(List<Metadata> labels, String key, Variable v, boolean identity) {
    if (v instanceof org.snmp4j.smi.OctetString s) {
      String text = Values.text(s);
      labels.add(identity ? Metadata.of(key, text) : Metadata.descriptive(key, text));
    }
  }

  /** One column of a table by interface index (the last sub-identifier). */
  private static Map<Long, Variable> column(Walker walker, String column) throws SnmpFailure {
    OID root = new OID(column.substring(1));
    Map<Long, Variable> rows = new TreeMap<>();
    for (VariableBinding vb : walker.walk(root)) {
      if (vb.getOid().size() == root.size() + 1) {
        rows.put(vb.getOid().lastUnsigned(), vb.getVariable());
      }
    }
    return rows;
  }
}
