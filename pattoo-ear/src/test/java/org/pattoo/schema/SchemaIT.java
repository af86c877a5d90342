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
import org.pattoo.rollup.RollupTier;
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
          List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"),
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
  void rollupKeysCarryTheReadsColumnsAndNewPartitionsAreVacuumedOften() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (RollupTier tier : RollupTier.values()) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM pg_index i"
                    + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n)"
                    + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                    + " WHERE i.indexrelid = '"
                    + tier.table()
                    + "_pkey'::regclass AND k.n > i.indnkeyatts")) {
          rs.next();
          assertEquals("count,sum,min,max,increase,seconds", rs.getString(1), tier.table());
        }
      }
      // A month no test or job writes: 2090-01.
      String partition = RollupTier.FIVE_MINUTES.partition(3_786_912_000_000L);
      s.execute(RollupTier.FIVE_MINUTES.createPartitionSql(3_786_912_000_000L));
      try (ResultSet rs =
          s.executeQuery(
              "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = '"
                  + partition
                  + "'")) {
        rs.next();
        assertEquals(
            "autovacuum_vacuum_insert_threshold=10000,autovacuum_vacuum_insert_scale_factor=0",
            rs.getString(1));
      } finally {
        s.execute("DROP TABLE " + partition);
      }
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
