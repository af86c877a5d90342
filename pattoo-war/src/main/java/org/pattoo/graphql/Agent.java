package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.AgentInfo;

/** An agent polling one target. Its datapoints are a field with its own pagination. */
@Type("Agent")
@Description("An agent id polling one target, as the original's agent table")
public record Agent(
    long idxAgent,
    String agentId,
    String agentPolledTarget,
    String agentProgram,
    String agentHostname,
    boolean enabled,
    @Description("The agent program's name in the caller's language, if translated")
        String agentProgramName,
    @Description("The translation group whose labels its datapoints get") long translationGroup) {

  static Agent of(AgentInfo a) {
    return new Agent(
        a.idxAgent(),
        a.agentId(),
        a.target(),
        a.program(),
        a.hostname(),
        a.enabled(),
        a.programName().orElse(null),
        a.translationGroup());
  }
}
