package org.pattoo.translation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.pattoo.auth.AccessDeniedException;
import org.pattoo.auth.Caller;
import org.pattoo.auth.InvalidInputException;

/**
 * Translation groups and the agents assigned to them. Agent rows belong to ingestion (plain SQL),
 * so their group is read and set with native queries.
 */
@Stateless
public class TranslationGroupService {

  private static final Logger LOG = Logger.getLogger(TranslationGroupService.class.getName());

  @PersistenceContext private EntityManager em;

  public List<TranslationGroup> list() {
    return em.createNamedQuery("TranslationGroup.all", TranslationGroup.class).getResultList();
  }

  public TranslationGroup create(Caller caller, String name)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("creating translation groups");
    TranslationGroup group = new TranslationGroup(uniqueName(name, 0));
    em.persist(group);
    em.flush();
    LOG.info(() -> caller.username() + " created translation group " + group.name());
    return group;
  }

  public TranslationGroup rename(Caller caller, long id, String name)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("renaming translation groups");
    TranslationGroup group = Lookups.group(em, id);
    group.name(uniqueName(name, id));
    return group;
  }

  /** Deletes a group and its translations; its agents go back to the default group. */
  public void delete(Caller caller, long id) throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("deleting translation groups");
    TranslationGroup group = Lookups.group(em, id);
    if (id == TranslationGroup.DEFAULT) {
      throw new InvalidInputException("group", "the default group (1) cannot be deleted");
    }
    em.createNativeQuery(
            "UPDATE agent SET translation_group_id = ?1 WHERE translation_group_id = ?2")
        .setParameter(1, TranslationGroup.DEFAULT)
        .setParameter(2, id)
        .executeUpdate();
    em.remove(group);
    LOG.info(() -> caller.username() + " deleted translation group " + group.name());
  }

  /** Puts agents (by row id) in a group; all of them or, when one does not exist, none. */
  public void assign(Caller caller, long groupId, Collection<Long> agents)
      throws AccessDeniedException, InvalidInputException {
    caller.requireAdmin("assigning agents to translation groups");
    Lookups.group(em, groupId);
    for (long agent : new TreeSet<>(agents)) {
      int updated =
          em.createNativeQuery(
                  "UPDATE agent SET translation_group_id = ?1, ts_modified = now()"
                      + " WHERE idx_agent = ?2")
              .setParameter(1, groupId)
              .setParameter(2, agent)
              .executeUpdate();
      if (updated == 0) {
        throw new InvalidInputException("agents", "no agent with idxAgent " + agent);
      }
    }
    LOG.info(() -> caller.username() + " put agents " + agents + " in group " + groupId);
  }

  /** The agents of a group, by agent id and target. */
  public List<GroupAgent> agents(long groupId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT idx_agent, agent_id, agent_polled_target, agent_program FROM agent"
                    + " WHERE translation_group_id = ?1 ORDER BY agent_id, agent_polled_target")
            .setParameter(1, groupId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new GroupAgent(
                    ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  /** {@code name}, unless a group other than {@code self} has it. */
  private String uniqueName(String name, long self) throws InvalidInputException {
    String text = Lookups.text("name", name, 100, false);
    if (em.createNamedQuery("TranslationGroup.byName", TranslationGroup.class)
        .setParameter("name", text)
        .getResultStream()
        .anyMatch(g -> g.id() != self)) {
      throw new InvalidInputException("name", "a translation group " + text + " exists already");
    }
    return text;
  }
}
