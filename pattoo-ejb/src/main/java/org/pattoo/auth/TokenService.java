package org.pattoo.auth;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Read-only API tokens (any user, for themselves) and agent tokens (admins): made with a secret
 * shown once, listed without it, revoked.
 */
@Stateless
public class TokenService {

  private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
  static final String API_PREFIX = "pattoo_api_";
  static final String AGENT_PREFIX = "pattoo_agent_";

  @PersistenceContext private EntityManager em;
  @Inject private AgentTokenCheck agentTokens;
  @Inject private Clock clock;

  /** A new API token acting, read-only, for the caller. */
  public Created<ApiToken> createApiToken(Caller caller, String name)
      throws AccessDeniedException, InvalidInputException {
    requireLogin(caller, "making an API token");
    String secret = Secrets.generate(API_PREFIX);
    ApiToken token =
        new ApiToken(
            em.find(User.class, caller.userId()),
            checkedName(name),
            Secrets.sha256(secret),
            clock.instant());
    em.persist(token);
    em.flush(); // assigns the id
    LOG.info(() -> caller.username() + " made API token " + token.id() + " (" + name + ")");
    return new Created<>(token, secret);
  }

  /** The caller's own API tokens; an admin may name another user. */
  public List<ApiToken> apiTokens(Caller caller, Optional<String> ofUser)
      throws AccessDeniedException, InvalidInputException {
    long userId = caller.userId();
    if (ofUser.isPresent() && !ofUser.get().equals(caller.username())) {
      caller.requireAdmin("listing another user's API tokens");
      userId = Users.byName(em, ofUser.get()).orElseThrow(() -> unknownUser(ofUser.get())).id();
    }
    return em.createNamedQuery("ApiToken.ofUser", ApiToken.class)
        .setParameter("userId", userId)
        .getResultList();
  }

  /** Revokes one of the caller's API tokens; admins may revoke anyone's. */
  public ApiToken revokeApiToken(Caller caller, long id)
      throws AccessDeniedException, InvalidInputException {
    requireLogin(caller, "revoking an API token");
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || (token.user().id() != caller.userId() && !caller.isAdmin())) {
      throw new InvalidInputException("id", "no API token " + id + " of yours");
    }
    token.revoke(clock.instant());
    return token;
  }

  /** The caller an API token acts for, read-only; empty when unknown, revoked or disabled. */
  public Optional<Caller> callerOf(String secret) {
    if (!secret.startsWith(API_PREFIX)) {
      return Optional.empty();
    }
    return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
        .setParameter("hash", Secrets.sha256(secret))
        .getResultStream()
        .findFirst()
        .filter(t -> t.revokedAt().isEmpty() && t.user().enabled())
        .map(
            t ->
                new Caller(
                    t.user().id(), t.user().username(), t.user().role(), Optional.empty(), false));
  }

  public Created<AgentToken> createAgentToken(Caller caller, String name)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("making an agent token");
    String secret = Secrets.generate(AGENT_PREFIX);
    AgentToken token =
        new AgentToken(
            checkedName(name), Secrets.sha256(secret), caller.username(), clock.instant());
    em.persist(token);
    em.flush();
    agentTokens.invalidate();
    LOG.info(() -> caller.username() + " made agent token " + token.id() + " (" + name + ")");
    return new Created<>(token, secret);
  }

  public List<AgentToken> agentTokens(Caller caller) throws AccessDeniedException {
    caller.requireAdmin("listing agent tokens");
    return em.createNamedQuery("AgentToken.all", AgentToken.class).getResultList();
  }

  public AgentToken revokeAgentToken(Caller caller, long id)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("revoking an agent token");
    AgentToken token = em.find(AgentToken.class, id);
    if (token == null) {
      throw new InvalidInputException("id", "no agent token " + id);
    }
    token.revoke(clock.instant());
    agentTokens.invalidate();
    LOG.info(() -> caller.username() + " revoked agent token " + id + " (" + token.name() + ")");
    return token;
  }

  private static void requireLogin(Caller caller, String action) throws AccessDeniedException {
    if (caller.readOnly()) {
      throw new AccessDeniedException(action + " needs a login; API tokens only read");
    }
  }

  private static String checkedName(String name) throws InvalidInputException {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new InvalidInputException(
          "name", "expecting 1-64 letters, digits, '.', '_' or '-', found \"" + name + "\"");
    }
    return name;
  }

  private static InvalidInputException unknownUser(String username) {
    return new InvalidInputException("username", "no user " + username);
  }

  /** A token just made, with its secret: the only time the secret is seen. */
  public record Created<T>(T token, String secret) {}
}
