package org.pattoo.translation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pattoo.auth.AccessDeniedException;
import org.pattoo.auth.Caller;
import org.pattoo.auth.InvalidInputException;

/** Labels and units of keys, per translation group and language; admins write them. */
@Stateless
public class KeyTranslationService {

  private static final Logger LOG = Logger.getLogger(KeyTranslationService.class.getName());

  @PersistenceContext private EntityManager em;

  /** Every key translation, optionally of one group and language. */
  public List<KeyTranslation> list(Optional<Long> group, Optional<String> language) {
    return em.createNamedQuery("KeyTranslation.all", KeyTranslation.class).getResultList().stream()
        .filter(t -> group.map(g -> g == t.group().id()).orElse(true))
        .filter(t -> language.map(l -> l.equals(t.language().code())).orElse(true))
        .toList();
  }

  /** Creates or replaces one key's translation. */
  public KeyTranslation set(
      Caller caller, long groupId, String language, String key, String translation, String units)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("setting key translations");
    KeyTranslation t =
        upsert(
            Lookups.group(em, groupId),
            Lookups.language(em, "language", language),
            Lookups.text("key", key, 512, false),
            Lookups.text("translation", translation, 200, false),
            Lookups.text("units", units, 50, true));
    LOG.info(() -> caller.username() + " set the " + language + " translation of " + key);
    return t;
  }

  /** Deletes one key's translation; false when there was none. */
  public boolean delete(Caller caller, long groupId, String language, String key)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("deleting key translations");
    Optional<KeyTranslation> t =
        find(
            Lookups.group(em, groupId),
            Lookups.language(em, "language", language),
            Lookups.text("key", key, 512, false));
    t.ifPresent(em::remove);
    return t.isPresent();
  }

  /** Imports {@code language,key,translation,units} rows into a group: all of them or none. */
  public ImportResult importCsv(Caller caller, long groupId, String csv)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("importing key translations");
    TranslationGroup group = Lookups.group(em, groupId);
    CsvImports.Checked file = CsvImports.check(em, csv, TranslationCsv.KEY_COLUMNS, 512);
    ImportResult result =
        CsvImports.apply(
            file,
            (row, language) -> {
              Optional<KeyTranslation> old = find(group, language, row.key());
              CsvImports.Outcome outcome =
                  CsvImports.outcome(
                      old.map(t -> List.of(t.translation(), t.units())),
                      List.of(row.translation(), row.units()));
              upsert(group, language, row.key(), row.translation(), row.units());
              return outcome;
            });
    LOG.info(
        () ->
            caller.username() + " imported key translations into group " + groupId + ": " + result);
    return result;
  }

  private KeyTranslation upsert(
      TranslationGroup group, Language language, String key, String translation, String units) {
    KeyTranslation t =
        find(group, language, key)
            .orElseGet(
                () -> {
                  KeyTranslation created = new KeyTranslation(group, language, key);
                  created.set(translation, units);
                  em.persist(created);
                  return created;
                });
    t.set(translation, units);
    return t;
  }

  private Optional<KeyTranslation> find(TranslationGroup group, Language language, String key) {
    return em.createNamedQuery("KeyTranslation.of", KeyTranslation.class)
        .setParameter("translationGroup", group)
        .setParameter("language", language)
        .setParameter("keyName", key)
        .getResultStream()
        .findFirst();
  }
}
