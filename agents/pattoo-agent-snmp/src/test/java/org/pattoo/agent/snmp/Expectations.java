package org.pattoo.agent.snmp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;

/**
 * Expected data points worked out from snmpwalk's output with the original agent's rules
 * (original-pattoo.md §6.2), written here from the spec, not taken from the agent's code.
 */
final class Expectations {

  private Expectations() {}

  /** The spec's type mapping, keyed by the type names net-snmp prints. */
  static int typeCode(String netSnmpType) {
    return switch (netSnmpType) {
      case "Counter32" -> 32;
      case "Counter64" -> 64;
      case "INTEGER", "Gauge32", "Timeticks", "UNSIGNED" -> 99;
      case "STRING", "Hex-STRING", "OID", "IpAddress", "BITS", "Opaque" -> 2;
      default -> throw new IllegalArgumentException("no mapping for " + netSnmpType);
    };
  }

  /** One point as a line, so expected and actual compare as sets with readable differences. */
  static String line(String target, String key, int type, String value, String oid) {
    return target + " " + key + " type=" + type + " value=" + value + " oid=" + oid;
  }

  /** What the agent must report for a walked OID with its multiplier. */
  static List<String> forWalk(
      String target, String key, double multiplier, List<PeerCli.Row> rows) {
    List<String> out = new ArrayList<>();
    for (PeerCli.Row r : rows) {
      int type = typeCode(r.type());
      String value;
      if (type == 2) {
        value = PeerCli.text(r);
      } else if (multiplier == Math.rint(multiplier)) {
        value =
            canonical(
                new BigInteger(r.value().strip()).multiply(BigInteger.valueOf((long) multiplier)));
      } else {
        value = canonical(Double.parseDouble(r.value().strip()) * multiplier);
        type = type == 99 ? 101 : type;
      }
      out.add(line(target, key, type, value, r.oid()));
    }
    return out;
  }

  static String canonical(Number n) {
    BigDecimal d =
        n instanceof Double || n instanceof Float
            ? new BigDecimal(Double.toString(n.doubleValue()))
            : new BigDecimal(n.toString());
    return d.stripTrailingZeros().toPlainString();
  }

  static String line(String target, DataPoint p) {
    String oid =
        p.metadata().stream().filter(m -> m.key().equals("oid")).findFirst().orElseThrow().value();
    return line(
        target, p.key(), p.type().code(), p.text() != null ? p.text() : canonical(p.number()), oid);
  }

  /** Labels by key, to check identity flags. */
  static Map<String, Metadata> labels(DataPoint p) {
    Map<String, Metadata> m = new LinkedHashMap<>();
    p.metadata().forEach(x -> m.put(x.key(), x));
    return m;
  }
}
