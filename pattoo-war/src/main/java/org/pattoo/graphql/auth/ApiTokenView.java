package org.pattoo.graphql.auth;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.auth.ApiToken;

/** A read-only API token, without its secret. */
@Type("ApiToken")
public record ApiTokenView(
    long id,
    String name,
    @Description("The user it reads for") String owner,
    @Description("Epoch ms") long createdAt,
    @Description("Epoch ms; null while in use") Long revokedAt) {

  static ApiTokenView of(ApiToken t) {
    return new ApiTokenView(
        t.id(),
        t.name(),
        t.owner(),
        t.createdAt().toEpochMilli(),
        t.revokedAt().map(java.time.Instant::toEpochMilli).orElse(null));
  }
}
