package org.pattoo.auth;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pattoo.config.AuthSettings;
import org.pattoo.config.Settings;

/**
 * Logins: checks a password (within the failed-login limits), opens a session, hands out tokens;
 * refreshes them, rotating the refresh token; ends sessions.
 */
@Stateless
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
  static final String REFRESH_PREFIX = "pattoo_refresh_";

  /** Verified when the username is unknown, so timing does not tell which names exist. */
  private static final String DUMMY_HASH = PasswordHasher.hash("not a password of anyone");

  @PersistenceContext private EntityManager em;
  @Inject private AccessTokens accessTokens;
  @Inject private LoginThrottle throttle;
  @Inject private Settings settings;
  @Inject private Clock clock;

  public Tokens login(String username, String password, String clientAddress)
      throws NotAuthenticatedException {
    AuthSettings auth = settings.auth();
    LoginThrottle.Limits limits = limits(auth);
    Instant now = clock.instant();
    Optional<Duration> wait = throttle.waitFor(username, clientAddress, limits, now);
    if (wait.isPresent()) {
      LOG.warning(() -> "login refused from " + clientAddress + ": too many failed logins");
      throw new NotAuthenticatedException(
          "too many failed logins; try again in " + Math.max(1, wait.get().toSeconds()) + " s");
    }
    Optional<User> user = Users.byName(em, username);
    boolean matches =
        PasswordHasher.verify(password, user.map(User::passwordHash).orElse(DUMMY_HASH));
    if (user.isEmpty() || !matches) {
      throttle.failed(username, clientAddress, limits, now);
      // A name typed in the wrong field may be a password: only known names are logged.
      String who = user.isPresent() ? username : "an unknown user";
      LOG.info(() -> "failed login for " + who + " from " + clientAddress);
      throw new NotAuthenticatedException("wrong username or password");
    }
    throttle.succeeded(username);
    if (!user.get().enabled()) {
      throw new NotAuthenticatedException("account " + username + " is disabled");
    }
    String refresh = Secrets.generate(REFRESH_PREFIX);
    LoginSession session =
        new LoginSession(
            Secrets.generate(""),
            user.get(),
            Secrets.sha256(refresh),
            now,
            now.plus(auth.refreshTokenLifetime()));
    em.persist(session);
    LOG.info(() -> "login of " + username + " from " + clientAddress);
    return tokens(session, refresh, auth);
  }

  /** New tokens for a refresh token; the old refresh token stops working. */
  public Tokens refresh(String refreshToken) throws NotAuthenticatedException {
    List<LoginSession> found =
        em.createNamedQuery("LoginSession.byRefreshHash", LoginSession.class)
            .setParameter("hash", Secrets.sha256(refreshToken))
            .getResultList();
    Instant now = clock.instant();
    if (found.isEmpty() || !found.get(0).activeAt(now)) {
      throw new NotAuthenticatedException("refresh token invalid, expired or logged out");
    }
    LoginSession session = found.get(0);
    if (!session.user().enabled()) {
      throw new NotAuthenticatedException("account " + session.user().username() + " is disabled");
    }
    String refresh = Secrets.generate(REFRESH_PREFIX);
    session.refreshHash(Secrets.sha256(refresh));
    return tokens(session, refresh, settings.auth());
  }

  /** Ends the caller's session: its access and refresh tokens stop working at once. */
  public void logout(Caller caller) {
    caller
        .sessionId()
        .map(id -> em.find(LoginSession.class, id))
        .ifPresent(s -> s.revoke(clock.instant()));
  }

  /**
   * The caller an access token stands for: its session must be active and its user enabled. Checked
   * on every request, so a logout or a disabled account takes effect at once.
   */
  public Optional<Caller> callerOf(String accessToken) {
    return accessTokens
        .sessionOf(accessToken)
        .map(id -> em.find(LoginSession.class, id))
        .filter(s -> s.activeAt(clock.instant()) && s.user().enabled())
        .map(
            s ->
                new Caller(
                    s.user().id(),
                    s.user().username(),
                    s.user().role(),
                    Optional.of(s.id()),
                    s.user().passwordExpired()));
  }

  private Tokens tokens(LoginSession session, String refresh, AuthSettings auth) {
    AccessTokens.Issued access =
        accessTokens.issue(session.user().username(), session.id(), auth.accessTokenLifetime());
    return new Tokens(
        access.token(),
        access.expiresAt(),
        refresh,
        session.expiresAt(),
        session.user().passwordExpired());
  }

  private static LoginThrottle.Limits limits(AuthSettings auth) {
    return new LoginThrottle.Limits(
        auth.maxFailedLoginsPerUser(), auth.maxFailedLoginsPerAddress(), auth.failedLoginWindow());
  }
}
