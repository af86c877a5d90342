package org.pattoo.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;

/**
 * The IF-MIB mode's expected points from two snmpwalks of ifTable and ifXTable, one before the
 * agent polls and one after: counters only grow, so each value the agent read must lie between the
 * two walks (a 32-bit wrap within the second between them would need 4 GB through lo). Columns per
 * RFC 2863, written here independently of the agent.
 */
final class IfMibExpectation {

  /** 32-bit name and column, 64-bit name and column (null when none), octets (×8). */
  record Counter(String n32, String c32, String n64, String c64, boolean octets) {}

  static final String IF_TABLE = ".1.3.6.1.2.1.2.2.1";
  static final String IFX_TABLE = ".1.3.6.1.2.1.31.1.1.1";

  static final List<Counter> COUNTERS =
      List.of(
          new Counter("ifinoctets", IF_TABLE + ".10", "ifhcinoctets", IFX_TABLE + ".6", true),
          new Counter("ifoutoctets", IF_TABLE + ".16", "ifhcoutoctets", IFX_TABLE + ".10", true),
          new Counter(
              "ifinucastpkts", IF_TABLE + ".11", "ifhcinucastpkts", IFX_TABLE + ".7", false),
          new Counter(
              "ifoutucastpkts", IF_TABLE + ".17", "ifhcoutucastpkts", IFX_TABLE + ".11", false),
          new Counter(
              "ifinmulticastpkts",
              IFX_TABLE + ".2",
              "ifhcinmulticastpkts",
              IFX_TABLE + ".8",
              false),
          new Counter(
              "ifoutmulticastpkts",
              IFX_TABLE + ".4",
              "ifhcoutmulticastpkts",
              IFX_TABLE + ".12",
              false),
          new Counter(
              "ifinbroadcastpkts",
              IFX_TABLE + ".3",
              "ifhcinbroadcastpkts",
              IFX_TABLE + ".9",
              false),
          new Counter(
              "ifoutbroadcastpkts",
              IFX_TABLE + ".5",
              "ifhcoutbroadcastpkts",
              IFX_TABLE + ".13",
              false),
          new Counter("ifindiscards", IF_TABLE + ".13", null, null, false),
          new Counter("ifinerrors", IF_TABLE + ".14", null, null, false),
          new Counter("ifoutdiscards", IF_TABLE + ".19", null, null, false),
          new Counter("ifouterrors", IF_TABLE + ".20", null, null, false));

  /** A point's identity as a line, and the range its value must fall in. */
  record Bound(BigInteger low, BigInteger high) {}

  final Map<String, PeerCli.Row> before = new HashMap<>();
  final Map<String, PeerCli.Row> after = new HashMap<>();

  static Map<String, PeerCli.Row> byOid(List<PeerCli.Row> rows) {
    Map<String, PeerCli.Row> m = new HashMap<>();
    rows.forEach(r -> m.put(r.oid(), r));
    return m;
  }

  /** Interface indexes and their ifAdminStatus, from the walk before. */
  Map<Long, Integer> adminStatus() {
    Map<Long, Integer> out = new TreeMap<>();
    before.forEach(
        (oid, r) -> {
          if (oid.startsWith(IF_TABLE + ".7.")) {
            out.put(
                Long.parseLong(oid.substring(oid.lastIndexOf('.') + 1)),
                Integer.parseInt(r.value().strip()));
          }
        });
    return out;
  }

  /** Expected lines (target key type oid labels) with their value bounds. */
  Map<String, Bound> expected(String target, boolean v1) {
    Map<String, Bound> out = new LinkedHashMap<>();
    adminStatus()
        .forEach(
            (index, status) -> {
              if (status != 1) {
                return;
              }
              for (Counter c : COUNTERS) {
                String hc = c.c64() == null ? null : c.c64() + "." + index;
                boolean wide = !v1 && hc != null && before.containsKey(hc);
                String oid = wide ? hc : c.c32() + "." + index;
                if (!before.containsKey(oid)) {
                  continue;
                }
                BigInteger m = BigInteger.valueOf(c.octets() ? 8 : 1);
                out.put(
                    identity(target, wide ? c.n64() : c.n32(), wide ? 64 : 32, oid, index),
                    new Bound(
                        new BigInteger(before.get(oid).value().strip()).multiply(m),
                        new BigInteger(after.get(oid).value().strip()).multiply(m)));
              }
            });
    return out;
  }

  String identity(String target, String key, int type, String oid, long index) {
    return target
        + " "
        + key
        + " type="
        + type
        + " oid="
        + oid
        + " ifdescr="
        + label(IF_TABLE + ".2." + index)
        + " ifname="
        + label(IFX_TABLE + ".1." + index)
        + " ifalias="
        + label(IFX_TABLE + ".18." + index);
  }

  private String label(String oid) {
    PeerCli.Row r = before.get(oid);
    return r == null ? "-" : PeerCli.text(r);
  }

  /** Checks what the agent reported for this target against the two walks. */
  void check(String target, boolean v1, List<TargetData> data) {
    Map<Long, Integer> admin = adminStatus();
    assertThat(admin).as("the peer pins an admin-down interface").containsValue(2);
    assertThat(admin).as("and has one that is up").containsValue(1);
    Map<String, IfMibExpectation.Bound> expected = expected(target, v1);
    Map<String, BigInteger> actual = new LinkedHashMap<>();
    for (TargetData t : data) {
      if (!t.target().equals(target)) {
        continue;
      }
      for (DataPoint p : t.points()) {
        Map<String, Metadata> labels = Expectations.labels(p);
        assertThat(labels.get("ifdescr").identity()).isTrue();
        Optional.ofNullable(labels.get("ifname")).ifPresent(m -> assertThat(m.identity()).isTrue());
        Optional.ofNullable(labels.get("ifalias"))
            .ifPresent(m -> assertThat(m.identity()).isFalse());
        String identity =
            target
                + " "
                + p.key()
                + " type="
                + p.type().code()
                + " oid="
                + labels.get("oid").value()
                + " ifdescr="
                + value(labels.get("ifdescr"))
                + " ifname="
                + value(labels.get("ifname"))
                + " ifalias="
                + value(labels.get("ifalias"));
        actual.put(identity, new BigInteger(Expectations.canonical(p.number())));
      }
    }
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((id, b) -> assertThat(actual.get(id)).as(id).isBetween(b.low(), b.high()));
  }

  private static String value(Metadata m) {
    return m == null ? "-" : m.value();
  }
}
