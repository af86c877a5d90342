package org.pattoo.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;

/** Runs inside Payara: the application migrated the schema through jdbc/pattoo at startup. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

  @Deployment
  static EnterpriseArchive ear() {
    return PattooEar.withTestClasses(SchemaIT.class);
  }

  @Inject SchemaMigrator migrator;
  @Inject EntityMappingCheck entities;

  @Inject DataSource dataSource;

  @Test
  void migratesTheSchemaAtStartup() throws Exception {
    assertTrue(migrator.isMigrated(), "migrator reports the schema current");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
      List<String> versions = new ArrayList<>();
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
      // Written out by hand: a new migration must be added here, and one that failed or was
      // skipped shows.
      assertEquals(
          List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
          versions,
          "every migration applied");
    }
  }

  @Test
  void createsTheSeriesTables() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_name IN"
                    + " ('agent', 'datapoint', 'pair', 'glue')")) {
      rs.next();
      assertEquals("agent,datapoint,glue,pair", rs.getString(1));
    }
  }

  @Test
  void theJpaEntitiesMatchTheSchemaAndAMissingColumnIsNamed() throws Exception {
    assertEquals(java.util.Optional.empty(), entities.mismatch());
    assertEquals(java.util.Optional.empty(), migrator.mappingProblem());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE agent_token RENAME COLUMN created_by TO created_by_renamed");
      try {
        String problem = entities.mismatch().orElseThrow();
        assertTrue(
            problem.startsWith("AgentToken: ") && problem.contains("created_by"),
            "names the entity and the column: " + problem);
      } finally {
        s.execute("ALTER TABLE agent_token RENAME COLUMN created_by_renamed TO created_by");
      }
    }
  }
}
