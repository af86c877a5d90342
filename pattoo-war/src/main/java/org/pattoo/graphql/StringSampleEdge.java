package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Type;

@Type("StringSampleEdge")
public record StringSampleEdge(String cursor, StringSample node) {}
