package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A metadata pair to filter on. */
@Input("LabelInput")
public record LabelInput(@NonNull String key, @NonNull String value) {}
