package org.pattoo.translation;

/** An agent as a translation group lists it: its row id and what it is. */
public record GroupAgent(long idxAgent, String agentId, String polledTarget, String program) {}
