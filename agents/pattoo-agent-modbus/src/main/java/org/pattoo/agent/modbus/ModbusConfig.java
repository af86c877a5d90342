package org.pattoo.agent.modbus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/**
 * Reads the agent's section: {@code polling_groups}, each with its targets, port, unit, timeout and
 * the points of the four tables, as the original agent's configuration plus typed values.
 */
final class ModbusConfig {

  private ModbusConfig() {}

  static List<Target> targets(ConfigNode section) throws ConfigException {
    List<ConfigNode> groups = section.list("polling_groups");
    if (groups.isEmpty()) {
      throw new ConfigException(
          where(section, "polling_groups") + ": expecting at least one group");
    }
    List<Target> targets = new ArrayList<>();
    for (ConfigNode group : groups) {
      group.string("group_name");
      List<String> hosts = group.strings("ip_targets").stream().map(String::strip).toList();
      if (hosts.isEmpty() || hosts.stream().anyMatch(String::isEmpty)) {
        throw new ConfigException(
            where(group, "ip_targets") + ": expecting one or more host names or addresses");
      }
      int port = (int) group.integer("port", 502, 1, 65535);
      int unit = (int) group.integer("unit", 0, 0, 255);
      long timeoutMs = group.integer("timeout", 5, 1, 600) * 1000;
      List<Point> points = new ArrayList<>();
      for (RegisterKind kind : RegisterKind.values()) {
        for (ConfigNode node : group.list(kind.listKey())) {
          points.add(point(kind, node));
        }
      }
      group.finish();
      if (points.isEmpty()) {
        throw new ConfigException(
            group.path()
                + ": expecting at least one of coils, discrete_inputs, input_registers,"
                + " holding_registers");
      }
      duplicates(group, points);
      for (String host : hosts) {
        targets.add(new Target(host, port, unit, timeoutMs, points));
      }
    }
    return targets;
  }

  private static Point point(RegisterKind kind, ConfigNode node) throws ConfigException {
    long reference = node.integer("address", -1, 0, Long.MAX_VALUE);
    if (reference < 0) {
      throw new ConfigException(where(node, "address") + ": missing");
    }
    try {
      if (kind.isBit()) {
        node.finish();
        return Point.plain(kind, reference);
      }
      ValueType type = type(node);
      boolean bigBytes = bigEndian(node, "byte_order");
      boolean bigWords = bigEndian(node, "word_order");
      double multiplier = node.decimal("multiplier", 1, -Double.MAX_VALUE, Double.MAX_VALUE);
      double offset = node.decimal("offset", 0, -Double.MAX_VALUE, Double.MAX_VALUE);
      node.finish();
      return new Point(
          kind,
          reference,
          kind.wireAddress(reference),
          type,
          bigBytes,
          bigWords,
          multiplier,
          offset);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(node.path() + "." + e.getMessage());
    }
  }

  private static ValueType type(ConfigNode node) throws ConfigException {
    Optional<String> name = node.string("type");
    if (name.isEmpty()) {
      return ValueType.UINT16;
    }
    return ValueType.of(name.get().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new ConfigException(
                    where(node, "type")
                        + ": expecting int16, uint16, int32, uint32, float32 or float64, found \""
                        + name.get()
                        + "\""));
  }

  private static boolean bigEndian(ConfigNode node, String key) throws ConfigException {
    String order = node.string(key).orElse("big").toLowerCase(Locale.ROOT);
    return switch (order) {
      case "big" -> true;
      case "little" -> false;
      default ->
          throw new ConfigException(
              where(node, key) + ": expecting big or little, found \"" + order + "\"");
    };
  }

  /** Two points at one address of one table would be one series twice. */
  private static void duplicates(ConfigNode group, List<Point> points) throws ConfigException {
    List<String> keys = new ArrayList<>();
    for (Point p : points) {
      if (keys.contains(p.key())) {
        throw new ConfigException(
            group.path()
                + ": "
                + p.kind().listKey()
                + " lists address "
                + p.reference()
                + " twice");
      }
      keys.add(p.key());
    }
  }

  private static String where(ConfigNode node, String key) {
    return node.path().isEmpty() ? key : node.path() + "." + key;
  }
}
