package org.pattoo.agent.modbus;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/**
 * Reads a list of strings such as {@code ip_targets: [plc1, 10.0.0.2]}, which the core's {@link
 * ConfigNode} has no getter for yet. A stopgap to replace with a core getter: it reads the node's
 * mapping by reflection, and marks the key as read through {@link ConfigNode#string}.
 */
final class StringList {

  private StringList() {}

  /** The strings under key; a single string is a list of one; empty when absent. */
  static List<String> of(ConfigNode node, String key) throws ConfigException {
    String where = node.path().isEmpty() ? key : node.path() + "." + key;
    try {
      return node.string(key).map(List::of).orElse(List.of());
    } catch (ConfigException notAString) {
      // A list, or a mapping; string() has marked the key as read.
    }
    Object value = mapping(node).get(key);
    if (!(value instanceof List<?> items)) {
      throw new ConfigException(where + ": expecting a list of strings, found a mapping");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null || item instanceof Map || item instanceof List) {
        throw new ConfigException(where + "[" + i + "]: expecting a string, found " + item);
      }
      out.add(item.toString().strip());
    }
    return out;
  }

  private static Map<?, ?> mapping(ConfigNode node) throws ConfigException {
    try {
      Field values = ConfigNode.class.getDeclaredField("values");
      values.setAccessible(true);
      return (Map<?, ?>) values.get(node);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ConfigException(node.path() + ": cannot read a list of strings here: " + e);
    }
  }
}
