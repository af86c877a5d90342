package org.pattoo.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.pattoo.config.Settings;
import org.pattoo.timers.Timers;

/**
 * Applies the migrations under {@code db/migration} when the application starts. If PostgreSQL is
 * down at that moment the application still deploys (readiness stays DOWN) and the migration is
 * retried until it succeeds, so a server that boots before its database recovers by itself.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Inject private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private Event<SchemaMigrated> schemaMigrated;
  @Inject private EntityMappingCheck entities;

  private volatile boolean migrated;
  private volatile String mappingProblem;

  @PostConstruct
  void start() {
    migrate();
  }

  @Timeout
  void retry() {
    migrate();
  }

  /** True once the schema is at the latest version. */
  public boolean isMigrated() {
    return migrated;
  }

  /** Why the JPA entities do not match the migrated schema, when they do not (a build error). */
  public Optional<String> mappingProblem() {
    return Optional.ofNullable(mappingProblem);
  }

  private void migrate() {
    try {
      MigrateResult result =
          Flyway.configure(SchemaMigrator.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      migrated = true;
      LOG.info(
          "schema at version "
              + (result.targetSchemaVersion != null
                  ? result.targetSchemaVersion
                  : result.initialSchemaVersion)
              + " ("
              + result.migrationsExecuted
              + " migrations applied now)");
    } catch (RuntimeException e) {
      retryLater(e);
      return;
    }
    entities
        .mismatch()
        .ifPresent(
            problem -> {
              mappingProblem = "entity " + problem;
              LOG.severe("the JPA entities do not match the schema: " + mappingProblem);
            });
    try {
      schemaMigrated.fire(new SchemaMigrated());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "setting up after the migration failed: " + rootMessage(e), e);
    }
  }

  private void retryLater(RuntimeException e) {
    long retryMs = settings.schemaRetryInterval().toMillis();
    LOG.log(
        Level.WARNING,
        "schema migration failed, retrying in " + retryMs + " ms: " + rootMessage(e));
    Timers.ofThisBean().createSingleActionTimer(retryMs, new TimerConfig(null, false));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
