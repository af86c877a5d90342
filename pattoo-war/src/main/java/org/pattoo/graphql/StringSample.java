package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A string sample; stored only when the value changed, so it holds until the next one. */
@Type("StringSample")
public record StringSample(@Description("Epoch ms") long timestamp, String value) {}
