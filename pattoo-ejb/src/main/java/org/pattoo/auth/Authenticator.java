package org.pattoo.auth;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Turns a web API bearer credential into a caller: an access token (JWT) or an API token. */
@Stateless
public class Authenticator {

  @Inject private LoginService logins;
  @Inject private TokenService tokens;

  public Optional<Caller> caller(String bearer) {
    return AccessTokens.looksLikeJwt(bearer) ? logins.callerOf(bearer) : tokens.callerOf(bearer);
  }
}
