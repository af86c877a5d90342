package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Type;

@Type("AgentEdge")
public record AgentEdge(String cursor, Agent node) {}
