package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** One sample: epoch ms and the value (a number's text, or the string). */
@Type("Sample")
public record Sample(
    @Description("Epoch milliseconds") long timestamp,
    @Description("The value as text") String value) {}
