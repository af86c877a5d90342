package org.pattoo.auth;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Users and their passwords. Admins manage everyone; a user sees and renames only themselves and
 * changes only their own password. The last enabled admin cannot be demoted or disabled.
 */
@Stateless
public class UserService {

  private static final Logger LOG = Logger.getLogger(UserService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public User me(Caller caller) {
    return em.find(User.class, caller.userId());
  }

  public List<User> list(Caller caller) throws AccessDeniedException {
    caller.requireAdmin("listing users");
    return em.createNamedQuery("User.all", User.class).getResultList();
  }

  /** A new user; the password is expired unless said otherwise, so its owner picks their own. */
  public User create(
      Caller caller,
      String username,
      String fullName,
      Role role,
      String password,
      boolean passwordExpired)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("creating users");
    if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new InvalidInputException(
          "username", "expecting 1-64 letters, digits, '.', '_', '@' or '-'");
    }
    if (Users.byName(em, username).isPresent()) {
      throw new InvalidInputException("username", username + " is taken");
    }
    Passwords.checked("password", password, username);
    User user =
        new User(
            username,
            fullName == null ? "" : fullName.strip(),
            role,
            PasswordHasher.hash(password),
            clock.instant());
    user.passwordExpired(passwordExpired);
    em.persist(user);
    em.flush();
    LOG.info(() -> caller.username() + " created user " + username + " (" + role + ")");
    return user;
  }

  public User update(Caller caller, String username, UserChange change)
      throws AccessDeniedException, InvalidInputException {
    User user = existing(username);
    if (caller.readOnly()) {
      throw new AccessDeniedException("changing a user needs a login; API tokens only read");
    }
    if (user.id() != caller.userId()) {
      caller.requireAdmin("changing another user");
    } else if (!change.onlyOwnFields()) {
      caller.requireAdmin("changing your own role, enabled or password-expired flag");
    }
    boolean losesAdmin =
        user.role() == Role.ADMIN
            && user.enabled()
            && (change.role().filter(r -> r != Role.ADMIN).isPresent()
                || change.enabled().filter(e -> !e).isPresent());
    if (losesAdmin && Users.enabledAdmins(em) <= 1) {
      throw new InvalidInputException(
          "username", username + " is the last enabled admin: make another admin first");
    }
    change.fullName().map(String::strip).ifPresent(user::fullName);
    change.role().ifPresent(user::role);
    change.enabled().ifPresent(user::enabled);
    change.passwordExpired().ifPresent(user::passwordExpired);
    LOG.info(() -> caller.username() + " updated user " + username);
    return user;
  }

  /** An admin sets someone's password; their sessions end, and it is expired unless said. */
  public User resetPassword(Caller caller, String username, String password, boolean expired)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("setting another user's password");
    User user = existing(username);
    Passwords.checked("password", password, username);
    Instant now = clock.instant();
    user.password(PasswordHasher.hash(password), now);
    user.passwordExpired(expired);
    endSessions(user, "", now);
    LOG.info(() -> caller.username() + " reset the password of " + username);
    return user;
  }

  /** The caller changes their own password; their other sessions end. */
  public User changePassword(Caller caller, String currentPassword, String newPassword)
      throws AccessDeniedException, InvalidInputException {
    if (caller.readOnly()) {
      throw new AccessDeniedException("changing a password needs a login; API tokens only read");
    }
    User user = me(caller);
    if (!PasswordHasher.verify(
        currentPassword == null ? "" : currentPassword, user.passwordHash())) {
      throw new InvalidInputException("currentPassword", "wrong password");
    }
    Passwords.checked("newPassword", newPassword, user.username());
    if (newPassword.equals(currentPassword)) {
      throw new InvalidInputException("newPassword", "must differ from the current password");
    }
    Instant now = clock.instant();
    user.password(PasswordHasher.hash(newPassword), now);
    user.passwordExpired(false);
    endSessions(user, caller.sessionId().orElse(""), now);
    LOG.info(() -> caller.username() + " changed their password");
    return user;
  }

  private void endSessions(User user, String keep, Instant now) {
    em.createNamedQuery("LoginSession.openOf", LoginSession.class)
        .setParameter("user", user)
        .getResultStream()
        .filter(s -> !s.id().equals(keep))
        .forEach(s -> s.revoke(now));
  }

  private User existing(String username) throws InvalidInputException {
    return Users.byName(em, username)
        .orElseThrow(() -> new InvalidInputException("username", "no user " + username));
  }
}
