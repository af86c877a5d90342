package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Type;

/** One metadata pair of a series. */
@Type("Label")
public record Label(String key, String value) {}
