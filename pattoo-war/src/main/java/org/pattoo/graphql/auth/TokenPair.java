package org.pattoo.graphql.auth;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.auth.Tokens;

/** The tokens a login or refresh hands out; each is shown this once. */
@Type("Tokens")
public record TokenPair(
    @Description("Send as Authorization: Bearer <accessToken>") String accessToken,
    @Description("Epoch ms") long accessTokenExpiresAt,
    @Description("Give to the refresh mutation for new tokens; it works once") String refreshToken,
    @Description("Epoch ms") long refreshTokenExpiresAt,
    @Description("When true, only changePassword works until the password is changed")
        boolean passwordExpired) {

  static TokenPair of(Tokens t) {
    return new TokenPair(
        t.accessToken(),
        t.accessTokenExpiresAt().toEpochMilli(),
        t.refreshToken(),
        t.refreshTokenExpiresAt().toEpochMilli(),
        t.passwordExpired());
  }
}
