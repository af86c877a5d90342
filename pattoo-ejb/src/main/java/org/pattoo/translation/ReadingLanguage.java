package org.pattoo.translation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.pattoo.auth.AccessDeniedException;
import org.pattoo.auth.Caller;
import org.pattoo.auth.InvalidInputException;
import org.pattoo.config.Settings;

/**
 * The language a caller reads labels in: their own choice, else the server's default ({@code
 * pattoo.query.language}). The choice is a column of the user's row, written here so the users'
 * package need not know languages.
 */
@Stateless
public class ReadingLanguage {

  private static final Logger LOG = Logger.getLogger(ReadingLanguage.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Settings settings;

  /** The code of the language {@code caller} reads in. */
  public String of(Caller caller) {
    List<?> chosen =
        em.createNativeQuery(
                "SELECT l.code FROM app_user u JOIN language l ON l.id = u.language_id"
                    + " WHERE u.id = ?1")
            .setParameter(1, caller.userId())
            .getResultList();
    return chosen.isEmpty() ? settings.query().language() : (String) chosen.get(0);
  }

  /** Sets the caller's own language; an empty code goes back to the server's default. */
  public String choose(Caller caller, String code)
      throws AccessDeniedException, InvalidInputException {
    if (caller.readOnly()) {
      throw new AccessDeniedException("choosing a language needs a login; API tokens only read");
    }
    boolean reset = code == null || code.isBlank();
    Long id = reset ? null : Lookups.language(em, "code", code).id();
    // A NULL parameter has no SQL type to bind with, so the reset is its own statement.
    if (reset) {
      em.createNativeQuery("UPDATE app_user SET language_id = NULL WHERE id = ?1")
          .setParameter(1, caller.userId())
          .executeUpdate();
    } else {
      em.createNativeQuery("UPDATE app_user SET language_id = ?1 WHERE id = ?2")
          .setParameter(1, id)
          .setParameter(2, caller.userId())
          .executeUpdate();
    }
    LOG.info(() -> caller.username() + " reads in " + (id == null ? "the default language" : code));
    return of(caller);
  }
}
