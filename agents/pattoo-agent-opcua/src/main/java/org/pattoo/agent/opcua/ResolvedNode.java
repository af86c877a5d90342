package org.pattoo.agent.opcua;

import java.util.List;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.pattoo.agent.Metadata;

/**
 * A configured node found on the server in this session: its series key (the browse path, or the
 * NodeId it was configured by), the NodeId to read now, and the labels of its data points.
 *
 * @param name how errors name it: the browse path found or the NodeId configured
 */
record ResolvedNode(
    String key, String name, NodeId nodeId, double multiplier, List<Metadata> metadata) {

  ResolvedNode {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key: expecting a non-empty string");
    }
    if (nodeId == null || nodeId.isNull()) {
      throw new IllegalArgumentException(key + ": expecting a NodeId");
    }
    metadata = List.copyOf(metadata);
  }
}
