package org.pattoo.query;

import java.util.List;

/** Orders of the agent list; each ends on the unique id so cursors are exact. */
public enum AgentSort {
  /** By program, then target: the original web UI's order. */
  PROGRAM(
      new Keyset(
          List.of("a.agent_program", "a.agent_polled_target", "a.idx_agent"),
          List.of("text", "text", "bigint"))),
  AGENT_ID(
      new Keyset(
          List.of("a.agent_id", "a.agent_polled_target", "a.idx_agent"),
          List.of("text", "text", "bigint"))),
  ID(new Keyset(List.of("a.idx_agent"), List.of("bigint")));

  final Keyset keyset;

  AgentSort(Keyset keyset) {
    this.keyset = keyset;
  }

  public int cursorValues() {
    return keyset.columns().size();
  }
}
