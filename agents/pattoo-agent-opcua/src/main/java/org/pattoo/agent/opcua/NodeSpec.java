package org.pattoo.agent.opcua;

import java.util.Optional;

/**
 * One configured node: a NodeId ({@code address}, as the original agent had it) or a browse path
 * ({@code path}, wildcards allowed), and the multiplier of its numeric values.
 *
 * @param nodeId a NodeId as text, {@code ns=2;i=1002} or {@code nsu=urn:..;s=Name}
 */
record NodeSpec(Optional<String> nodeId, Optional<BrowsePath> path, double multiplier) {

  NodeSpec {
    if (nodeId.isPresent() == path.isPresent()) {
      throw new IllegalArgumentException("expecting either address (a NodeId) or path");
    }
    if (nodeId.isPresent()
        && org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId.parseSafe(nodeId.get())
            .isEmpty()) {
      throw new IllegalArgumentException(
          "address: expecting a NodeId like ns=2;i=1002 or nsu=urn:example;s=Name, found \""
              + nodeId.get()
              + "\"");
    }
    if (!Double.isFinite(multiplier)) {
      throw new IllegalArgumentException("multiplier: expecting a finite number");
    }
  }

  /** How errors name the node: as configured. */
  String describe() {
    return nodeId.orElseGet(() -> path.orElseThrow().text());
  }
}
