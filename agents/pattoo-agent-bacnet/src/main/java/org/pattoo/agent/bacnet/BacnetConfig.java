package org.pattoo.agent.bacnet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.ObjectTypes;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/**
 * Reads the agent's section: the original {@code pattoo_agent_bacnetipd} layout ({@code
 * agent_ip_address}, {@code polling_groups} with {@code ip_targets} and {@code points} of
 * analog-value {@code address}es) plus explicit {@code object: analog-input:3} points.
 */
final class BacnetConfig {

  private BacnetConfig() {}

  static Settings read(ConfigNode section) throws ConfigException {
    String local =
        section
            .string("agent_ip_address")
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () ->
                    new ConfigException(
                        where(section, "agent_ip_address")
                            + ": missing (the local address the BACnet client binds)"));
    int localPort = (int) section.integer("agent_port", Device.DEFAULT_PORT, 0, 65535);
    long timeoutMs = Math.round(section.decimal("timeout", 3, 0.05, 600) * 1000);
    int retries = (int) section.integer("retries", 2, 0, 10);
    int perRequest = (int) section.integer("objects_per_request", 8, 1, 64);
    boolean multiple = section.bool("read_property_multiple", true);
    List<ConfigNode> groups = section.list("polling_groups");
    if (groups.isEmpty()) {
      throw new ConfigException(
          where(section, "polling_groups") + ": expecting at least one group");
    }
    List<Device> devices = new ArrayList<>();
    for (ConfigNode group : groups) {
      group.string("group_name");
      List<String> hosts = group.strings("ip_targets").stream().map(String::strip).toList();
      if (hosts.isEmpty() || hosts.stream().anyMatch(String::isEmpty)) {
        throw new ConfigException(
            where(group, "ip_targets") + ": expecting one or more host names or addresses");
      }
      int port = (int) group.integer("port", Device.DEFAULT_PORT, 1, 65535);
      long covLifetime = covLifetime(group);
      List<Point> points = new ArrayList<>();
      Set<ObjectId> seen = new HashSet<>();
      for (ConfigNode node : group.list("points")) {
        Point p = point(node);
        if (!seen.add(p.object())) {
          throw new ConfigException(node.path() + ": " + p.object() + " is listed twice");
        }
        points.add(p);
      }
      group.finish();
      if (points.isEmpty()) {
        throw new ConfigException(where(group, "points") + ": expecting at least one point");
      }
      for (String host : hosts) {
        devices.add(new Device(host, port, points, covLifetime));
      }
    }
    return new Settings(local, localPort, timeoutMs, retries, perRequest, multiple, devices);
  }

  /** {@code mode: poll} (the default) gives 0; {@code mode: cov} its {@code cov_lifetime}. */
  private static long covLifetime(ConfigNode group) throws ConfigException {
    String mode = group.string("mode").map(String::strip).orElse("poll");
    long lifetime = group.integer("cov_lifetime", 300, 60, 86400);
    return switch (mode) {
      case "poll" -> 0;
      case "cov" -> lifetime;
      default ->
          throw new ConfigException(
              where(group, "mode") + ": expecting poll or cov, found \"" + mode + "\"");
    };
  }

  /** {@code address: 162} is the original's analog-value 162; {@code object:} names any type. */
  private static Point point(ConfigNode node) throws ConfigException {
    long address = node.integer("address", -1, 0, ObjectId.MAX_INSTANCE);
    Optional<String> object = node.string("object");
    double multiplier = node.decimal("multiplier", 1, -Double.MAX_VALUE, Double.MAX_VALUE);
    node.finish();
    if ((address >= 0) == object.isPresent()) {
      throw new ConfigException(node.path() + ": expecting either address or object");
    }
    if (address >= 0) {
      return new Point(new ObjectId(ObjectTypes.ANALOG_VALUE, (int) address), multiplier);
    }
    ObjectId id =
        ObjectId.parse(object.get())
            .filter(o -> ObjectTypes.pollable(o.type()))
            .orElseThrow(
                () ->
                    new ConfigException(
                        where(node, "object")
                            + ": expecting <type>:<instance> with type analog-, binary- or"
                            + " multi-state-input, -output or -value, found \""
                            + object.get()
                            + "\""));
    return new Point(id, multiplier);
  }

  private static String where(ConfigNode node, String key) {
    return node.path().isEmpty() ? key : node.path() + "." + key;
  }
}
