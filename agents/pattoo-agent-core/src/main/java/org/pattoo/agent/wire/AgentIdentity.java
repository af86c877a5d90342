package org.pattoo.agent.wire;

/**
 * Who is posting: the persistent agent id, the agent program (which prefixes every key on the
 * server), the host's name and the polling interval.
 */
public record AgentIdentity(
    String agentId, String program, String hostname, long pollingIntervalMs) {

  public AgentIdentity {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId: expecting a non-empty string");
    }
    if (program == null || program.isBlank()) {
      throw new IllegalArgumentException("program: expecting a non-empty string");
    }
    if (hostname == null || hostname.isBlank()) {
      throw new IllegalArgumentException("hostname: expecting a non-empty string");
    }
    if (pollingIntervalMs <= 0) {
      throw new IllegalArgumentException("pollingIntervalMs: expecting a positive number");
    }
  }
}
