package org.pattoo.graphql.translation;

import org.eclipse.microprofile.graphql.Type;
import org.pattoo.translation.GroupAgent;

/** An agent of a translation group. */
@Type("GroupAgent")
public record GroupAgentView(
    long idxAgent, String agentId, String agentPolledTarget, String agentProgram) {

  static GroupAgentView of(GroupAgent a) {
    return new GroupAgentView(a.idxAgent(), a.agentId(), a.polledTarget(), a.program());
  }
}
