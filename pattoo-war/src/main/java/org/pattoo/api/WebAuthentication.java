package org.pattoo.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import org.pattoo.auth.Authenticator;
import org.pattoo.auth.Caller;

/**
 * Who sent a web API request: the caller its bearer token stands for, none without a token, or a
 * refusal naming what is wrong (a credential in the URL, a bad or revoked token, the database
 * down). Shared by the GraphQL gate and the REST routes, so both accept exactly the same tokens.
 */
@ApplicationScoped
public class WebAuthentication {

  private static final Logger LOG = Logger.getLogger(WebAuthentication.class.getName());

  @Inject Authenticator authenticator;

  public Optional<Caller> caller(HttpServletRequest request)
      throws BearerCredentials.CredentialException {
    Optional<String> token = BearerCredentials.of(request);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Optional<Caller> caller;
    try {
      caller = authenticator.caller(token.get());
    } catch (RuntimeException e) {
      LOG.warning("cannot check a token: " + e.getMessage());
      throw new BearerCredentials.CredentialException(503, "database unavailable, try again later");
    }
    if (caller.isEmpty()) {
      throw new BearerCredentials.CredentialException(
          401, "token invalid, expired or revoked: log in again, or use the refresh mutation");
    }
    return caller;
  }
}
