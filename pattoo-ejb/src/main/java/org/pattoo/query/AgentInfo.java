package org.pattoo.query;

/** One agent row: an agent id polling one target, as the original's pt_agent. */
public record AgentInfo(
    long idxAgent,
    String agentId,
    String target,
    String program,
    String hostname,
    boolean enabled) {}
