package org.pattoo.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.pattoo.config.Settings;
import org.pattoo.schema.SchemaMigrator;

/**
 * Readiness is DOWN while PostgreSQL does not answer a round trip within {@code
 * pattoo.health.db-timeout}, or while the schema is not yet migrated (or the JPA entities do not
 * match it): agents then keep their spool.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private DataSource dataSource;

  @Inject private Settings settings;

  @Inject private SchemaMigrator schema;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    int timeoutSeconds = (int) settings.dbTimeout().toSeconds();
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(timeoutSeconds)) {
        return response
            .down()
            .withData("error", "no answer within " + timeoutSeconds + " s")
            .build();
      }
    } catch (SQLException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
    if (schema.mappingProblem().isPresent()) {
      return response.down().withData("schema", schema.mappingProblem().get()).build();
    }
    return response
        .status(schema.isMigrated())
        .withData("schema", schema.isMigrated() ? "current" : "migrating")
        .build();
  }
}
