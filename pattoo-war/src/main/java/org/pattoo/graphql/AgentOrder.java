package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Enum;

/** Orders of the agents list. */
@Enum("AgentSort")
public enum AgentOrder {
  /** Program, then target: the original web UI's order. */
  PROGRAM,
  AGENT_ID,
  ID
}
