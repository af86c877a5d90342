package org.pattoo.translation;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.pattoo.auth.InvalidInputException;

/** Finding languages and groups by what callers name them with, and checking given texts. */
final class Lookups {

  private Lookups() {}

  static Optional<Language> languageOf(EntityManager em, String code) {
    return em.createNamedQuery("Language.byCode", Language.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  static Language language(EntityManager em, String field, String code)
      throws InvalidInputException {
    return languageOf(em, code)
        .orElseThrow(
            () -> new InvalidInputException(field, "no language " + code + " (create it first)"));
  }

  static TranslationGroup group(EntityManager em, long id) throws InvalidInputException {
    TranslationGroup group = em.find(TranslationGroup.class, id);
    if (group == null) {
      throw new InvalidInputException("group", "no translation group " + id);
    }
    return group;
  }

  /** {@code value} stripped; refused when empty (unless allowed) or longer than {@code max}. */
  static String text(String field, String value, int max, boolean mayBeEmpty)
      throws InvalidInputException {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty() && !mayBeEmpty) {
      throw new InvalidInputException(field, "must not be empty");
    }
    if (text.length() > max) {
      throw new InvalidInputException(
          field, "at most " + max + " characters, found " + text.length());
    }
    return text;
  }
}
