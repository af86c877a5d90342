package org.pattoo.agent.snmp;

import java.util.List;

/**
 * The IF-MIB columns the IF-MIB mode reads (RFC 2863), numeric since no MIB files are loaded. Each
 * counter has its 32-bit column and, where IF-MIB defines one, its 64-bit (HC) twin.
 */
final class IfMib {

  private IfMib() {}

  static final String IF_DESCR = ".1.3.6.1.2.1.2.2.1.2";
  static final String IF_ADMIN_STATUS = ".1.3.6.1.2.1.2.2.1.7";
  static final String IF_NAME = ".1.3.6.1.2.1.31.1.1.1.1";
  static final String IF_ALIAS = ".1.3.6.1.2.1.31.1.1.1.18";

  /**
   * A counter: its 32-bit name and column, its 64-bit name and column (absent for the error and
   * discard counters), and whether it counts octets, reported in bits.
   */
  record Counter(String name32, String column32, String name64, String column64, boolean octets) {}

  static final List<Counter> COUNTERS =
      List.of(
          new Counter(
              "ifInOctets",
              ".1.3.6.1.2.1.2.2.1.10",
              "ifHCInOctets",
              ".1.3.6.1.2.1.31.1.1.1.6",
              true),
          new Counter(
              "ifOutOctets",
              ".1.3.6.1.2.1.2.2.1.16",
              "ifHCOutOctets",
              ".1.3.6.1.2.1.31.1.1.1.10",
              true),
          new Counter(
              "ifInUcastPkts",
              ".1.3.6.1.2.1.2.2.1.11",
              "ifHCInUcastPkts",
              ".1.3.6.1.2.1.31.1.1.1.7",
              false),
          new Counter(
              "ifOutUcastPkts",
              ".1.3.6.1.2.1.2.2.1.17",
              "ifHCOutUcastPkts",
              ".1.3.6.1.2.1.31.1.1.1.11",
              false),
          new Counter(
              "ifInMulticastPkts",
              ".1.3.6.1.2.1.31.1.1.1.2",
              "ifHCInMulticastPkts",
              ".1.3.6.1.2.1.31.1.1.1.8",
              false),
          new Counter(
              "ifOutMulticastPkts",
              ".1.3.6.1.2.1.31.1.1.1.4",
              "ifHCOutMulticastPkts",
              ".1.3.6.1.2.1.31.1.1.1.12",
              false),
          new Counter(
              "ifInBroadcastPkts",
              ".1.3.6.1.2.1.31.1.1.1.3",
              "ifHCInBroadcastPkts",
              ".1.3.6.1.2.1.31.1.1.1.9",
              false),
          new Counter(
              "ifOutBroadcastPkts",
              ".1.3.6.1.2.1.31.1.1.1.5",
              "ifHCOutBroadcastPkts",
              ".1.3.6.1.2.1.31.1.1.1.13",
              false),
          new Counter("ifInDiscards", ".1.3.6.1.2.1.2.2.1.13", null, null, false),
          new Counter("ifInErrors", ".1.3.6.1.2.1.2.2.1.14", null, null, false),
          new Counter("ifOutDiscards", ".1.3.6.1.2.1.2.2.1.19", null, null, false),
          new Counter("ifOutErrors", ".1.3.6.1.2.1.2.2.1.20", null, null, false));
}
