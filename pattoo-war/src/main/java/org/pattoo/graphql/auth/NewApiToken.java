package org.pattoo.graphql.auth;

import org.eclipse.microprofile.graphql.Description;

/** An API token just made: its secret appears here once and is stored only as a hash. */
public record NewApiToken(
    ApiTokenView token, @Description("The bearer secret; shown only now") String secret) {}
