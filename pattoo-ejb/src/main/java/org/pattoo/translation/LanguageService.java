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

/** The languages translations are written in; everyone reads them, admins manage them. */
@Stateless
public class LanguageService {

  private static final Logger LOG = Logger.getLogger(LanguageService.class.getName());
  private static final String CODE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

  @PersistenceContext private EntityManager em;
  @Inject private Settings settings;

  public List<Language> list() {
    return em.createNamedQuery("Language.all", Language.class).getResultList();
  }

  public Language create(Caller caller, String code, String name)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("creating languages");
    if (code == null || !code.matches(CODE)) {
      throw new InvalidInputException(
          "code", "expecting a language code such as en, de or pt-BR, found " + code);
    }
    if (Lookups.languageOf(em, code).isPresent()) {
      throw new InvalidInputException("code", code + " exists already");
    }
    Language language = new Language(code, Lookups.text("name", name, 100, false));
    em.persist(language);
    em.flush();
    LOG.info(() -> caller.username() + " created language " + code);
    return language;
  }

  public Language rename(Caller caller, String code, String name)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("renaming languages");
    Language language = Lookups.language(em, "code", code);
    language.name(Lookups.text("name", name, 100, false));
    return language;
  }

  /** Deletes a language and its translations; the server's default language stays. */
  public void delete(Caller caller, String code)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("deleting languages");
    Language language = Lookups.language(em, "code", code);
    if (code.equals(settings.query().language())) {
      throw new InvalidInputException(
          "code", code + " is the server's default language (pattoo.query.language)");
    }
    em.remove(language);
    LOG.info(() -> caller.username() + " deleted language " + code + " and its translations");
  }
}
