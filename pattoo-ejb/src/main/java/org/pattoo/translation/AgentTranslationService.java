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

/** Display names of agent programs, per language; admins write them. */
@Stateless
public class AgentTranslationService {

  private static final Logger LOG = Logger.getLogger(AgentTranslationService.class.getName());

  @PersistenceContext private EntityManager em;

  public List<AgentTranslation> list(Optional<String> language) {
    return em
        .createNamedQuery("AgentTranslation.all", AgentTranslation.class)
        .getResultList()
        .stream()
        .filter(t -> language.map(l -> l.equals(t.language().code())).orElse(true))
        .toList();
  }

  /** Creates or replaces the name of an agent program in a language. */
  public AgentTranslation set(Caller caller, String language, String program, String translation)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("setting agent translations");
    AgentTranslation t =
        upsert(
            Lookups.language(em, "language", language),
            Lookups.text("agentProgram", program, 200, false),
            Lookups.text("translation", translation, 200, false));
    LOG.info(() -> caller.username() + " set the " + language + " name of " + program);
    return t;
  }

  /** Deletes a program's name in a language; false when there was none. */
  public boolean delete(Caller caller, String language, String program)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("deleting agent translations");
    Optional<AgentTranslation> t =
        find(
            Lookups.language(em, "language", language),
            Lookups.text("agentProgram", program, 200, false));
    t.ifPresent(em::remove);
    return t.isPresent();
  }

  /** Imports {@code language,key,translation} rows (key: the agent program): all or none. */
  public ImportResult importCsv(Caller caller, String csv)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("importing agent translations");
    CsvImports.Checked file = CsvImports.check(em, csv, TranslationCsv.AGENT_COLUMNS, 200);
    ImportResult result =
        CsvImports.apply(
            file,
            (row, language) -> {
              Optional<AgentTranslation> old = find(language, row.key());
              CsvImports.Outcome outcome =
                  CsvImports.outcome(
                      old.map(t -> List.of(t.translation())), List.of(row.translation()));
              upsert(language, row.key(), row.translation());
              return outcome;
            });
    LOG.info(() -> caller.username() + " imported agent translations: " + result);
    return result;
  }

  private AgentTranslation upsert(Language language, String program, String translation) {
    AgentTranslation t =
        find(language, program)
            .orElseGet(
                () -> {
                  AgentTranslation created = new AgentTranslation(language, program);
                  created.translation(translation);
                  em.persist(created);
                  return created;
                });
    t.translation(translation);
    return t;
  }

  private Optional<AgentTranslation> find(Language language, String program) {
    return em.createNamedQuery("AgentTranslation.of", AgentTranslation.class)
        .setParameter("language", language)
        .setParameter("program", program)
        .getResultStream()
        .findFirst();
  }
}
