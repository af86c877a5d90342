package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Type;

@Type("DatapointEdge")
public record DatapointEdge(String cursor, Datapoint node) {}
