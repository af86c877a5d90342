package org.pattoo.schema;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.util.Comparator;
import java.util.Optional;

/**
 * JPA's side of "Flyway owns the schema": reads one row of every entity, so a mapping that names a
 * missing table or column is found when the application starts, not at the first login. No JPA
 * provider's own validation is used, so the check is the same on every server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EntityMappingCheck {

  @PersistenceContext private EntityManager em;

  /** The first entity whose mapping the schema does not match, and why; empty when all do. */
  public Optional<String> mismatch() {
    for (EntityType<?> entity :
        em.getMetamodel().getEntities().stream()
            .sorted(Comparator.comparing(EntityType::getName))
            .toList()) {
      try {
        em.createQuery("SELECT e FROM " + entity.getName() + " e").setMaxResults(1).getResultList();
      } catch (PersistenceException e) {
        return Optional.of(entity.getName() + ": " + rootMessage(e));
      }
    }
    return Optional.empty();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null
        ? t.getClass().getSimpleName()
        : t.getMessage().lines().findFirst().orElse("");
  }
}
