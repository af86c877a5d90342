package org.pattoo.agent.opcua;

import java.math.BigInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UNumber;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/**
 * Maps an OPC UA value to a pattoo data point: integers to INT (FLOAT when a fractional multiplier
 * scales them), floating point numbers to FLOAT, booleans to INT 0 or 1, strings and localized
 * texts to STRING. A bad status is an error for that node only, named by the status (e.g.
 * Bad_NodeIdUnknown); an uncertain value is still taken.
 */
final class Values {

  private Values() {}

  static Reading of(ResolvedNode node, DataValue value, long timestamp) {
    try {
      return map(node, value, timestamp);
    } catch (IllegalArgumentException e) {
      return Reading.failed(node.name() + ": " + e.getMessage());
    }
  }

  private static Reading map(ResolvedNode node, DataValue value, long timestamp) {
    if (value.getStatusCode() != null && value.getStatusCode().isBad()) {
      return Reading.failed(node.name() + ": " + Problems.name(value.getStatusCode()));
    }
    Object v = value.getValue() == null ? null : value.getValue().getValue();
    Metadata[] labels = node.metadata().toArray(Metadata[]::new);
    double m = node.multiplier();
    boolean wholeMultiplier = m == Math.rint(m) && Math.abs(m) < 1e15;
    if (v == null) {
      return Reading.failed(node.name() + ": no value");
    }
    if (v instanceof Boolean b) {
      return Reading.of(DataPoint.number(node.key(), DataType.INT, b ? 1 : 0, timestamp, labels));
    }
    if (v instanceof String s) {
      return Reading.of(DataPoint.text(node.key(), s, timestamp, labels));
    }
    if (v instanceof LocalizedText t) {
      return Reading.of(
          DataPoint.text(node.key(), t.getText() == null ? "" : t.getText(), timestamp, labels));
    }
    if (v instanceof Float || v instanceof Double) {
      double d = ((Number) v).doubleValue() * m;
      if (!Double.isFinite(d)) {
        return Reading.failed(node.name() + ": not a finite number (" + v + ")");
      }
      return Reading.of(DataPoint.number(node.key(), DataType.FLOAT, d, timestamp, labels));
    }
    if (v instanceof Byte
        || v instanceof Short
        || v instanceof Integer
        || v instanceof Long
        || v instanceof UNumber) {
      BigInteger whole =
          v instanceof ULong u ? u.toBigInteger() : BigInteger.valueOf(((Number) v).longValue());
      if (wholeMultiplier) {
        BigInteger scaled = whole.multiply(BigInteger.valueOf((long) m));
        if (scaled.bitLength() < 64) {
          return Reading.of(
              DataPoint.number(node.key(), DataType.INT, scaled.longValue(), timestamp, labels));
        }
      }
      return Reading.of(
          DataPoint.number(node.key(), DataType.FLOAT, whole.doubleValue() * m, timestamp, labels));
    }
    return Reading.failed(node.name() + ": unsupported value type " + v.getClass().getSimpleName());
  }
}
