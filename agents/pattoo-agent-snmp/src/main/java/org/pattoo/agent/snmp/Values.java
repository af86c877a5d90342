package org.pattoo.agent.snmp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * The original agent's type mapping (original-pattoo.md §6.2): Counter32 and Counter64 stay
 * counters, strings, addresses and OIDs become string data points, integers, gauges and time ticks
 * become integers; Null and the "no such" exceptions yield nothing.
 */
final class Values {

  private Values() {}

  static Optional<DataPoint> point(
      String key, Variable v, double multiplier, long now, List<Metadata> metadata) {
    List<Metadata> labels = new ArrayList<>(metadata);
    return switch (v.getSyntax()) {
      case SMIConstants.SYNTAX_COUNTER32 ->
          Optional.of(number(key, DataType.COUNTER32, v.toLong(), multiplier, now, labels));
      case SMIConstants.SYNTAX_COUNTER64 ->
          Optional.of(
              number(
                  key,
                  DataType.COUNTER64,
                  new BigInteger(Long.toUnsignedString(v.toLong())),
                  multiplier,
                  now,
                  labels));
      case SMIConstants.SYNTAX_INTEGER32,
          SMIConstants.SYNTAX_GAUGE32,
          SMIConstants.SYNTAX_TIMETICKS ->
          Optional.of(number(key, DataType.INT, v.toLong(), multiplier, now, labels));
      // BITS travels as an OCTET STRING: it is covered here.
      case SMIConstants.SYNTAX_OCTET_STRING, SMIConstants.SYNTAX_OPAQUE ->
          Optional.of(
              new DataPoint(key, DataType.STRING, null, text((OctetString) v), now, labels));
      case SMIConstants.SYNTAX_IPADDRESS, SMIConstants.SYNTAX_OBJECT_IDENTIFIER ->
          Optional.of(new DataPoint(key, DataType.STRING, null, dotted(v), now, labels));
      default -> Optional.empty();
    };
  }

  /** Printable strings as text, binary ones (MAC addresses) as hex pairs joined by colons. */
  static String text(OctetString s) {
    return s.isPrintable() ? new String(s.getValue(), StandardCharsets.UTF_8) : s.toHexString();
  }

  private static String dotted(Variable v) {
    String s = v.toString();
    return v.getSyntax() == SMIConstants.SYNTAX_OBJECT_IDENTIFIER ? "." + s : s;
  }

  /**
   * A whole multiplier keeps the value exact (a Counter64 in bits can exceed a long); a fractional
   * one makes it a float, and an integer data point a FLOAT one.
   */
  private static DataPoint number(
      String key, DataType type, Number raw, double multiplier, long now, List<Metadata> labels) {
    BigInteger exact = raw instanceof BigInteger b ? b : BigInteger.valueOf(raw.longValue());
    if (multiplier == Math.rint(multiplier)) {
      BigInteger product = exact.multiply(BigInteger.valueOf((long) multiplier));
      Number value = product.bitLength() < 64 ? (Number) product.longValue() : product;
      return new DataPoint(key, type, value, null, now, labels);
    }
    double value = new BigDecimal(exact).doubleValue() * multiplier;
    return new DataPoint(
        key, type == DataType.INT ? DataType.FLOAT : type, value, null, now, labels);
  }
}
