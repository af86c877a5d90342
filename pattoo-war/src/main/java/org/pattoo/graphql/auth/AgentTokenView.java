package org.pattoo.graphql.auth;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.auth.AgentToken;

/** An agent token, without its secret. */
@Type("AgentToken")
public record AgentTokenView(
    long id,
    String name,
    @Description("The admin who made it") String createdBy,
    @Description("Epoch ms") long createdAt,
    @Description("Epoch ms; null while agents may post with it") Long revokedAt) {

  static AgentTokenView of(AgentToken t) {
    return new AgentTokenView(
        t.id(),
        t.name(),
        t.createdBy(),
        t.createdAt().toEpochMilli(),
        t.revokedAt().map(java.time.Instant::toEpochMilli).orElse(null));
  }
}
