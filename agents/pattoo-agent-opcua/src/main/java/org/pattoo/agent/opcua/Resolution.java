package org.pattoo.agent.opcua;

import java.util.List;

/** The configured nodes found in one session, and one error per node that was not found. */
record Resolution(List<ResolvedNode> nodes, List<String> errors) {

  Resolution {
    nodes = List.copyOf(nodes);
    errors = List.copyOf(errors);
  }
}
