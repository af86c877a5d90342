package org.pattoo.auth;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.pattoo.config.AuthSettings;
import org.pattoo.config.Settings;
import org.pattoo.schema.SchemaMigrated;

/**
 * Makes the first admin once the schema is in place, when there is no admin at all and {@code
 * pattoo.auth.bootstrap-admin-password} holds a hash: no default password exists anywhere.
 */
@Stateless
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Settings settings;
  @Inject private Clock clock;

  public void onSchemaMigrated(@Observes SchemaMigrated event) {
    AuthSettings auth = settings.auth();
    if (auth.bootstrapAdminPasswordHash().isEmpty()) {
      return;
    }
    if (Users.admins(em) > 0) { // enabled or not: a disabled admin was someone's decision
      return;
    }
    em.persist(
        new User(
            auth.bootstrapAdmin(),
            "",
            Role.ADMIN,
            auth.bootstrapAdminPasswordHash().get(),
            clock.instant()));
    LOG.info("created the first admin, " + auth.bootstrapAdmin());
  }
}
