package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.testing.AgentProcess;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;

/**
 * The packaged Linux agent against the real server: it posts, spools while the application is away,
 * survives {@code kill -9} with its spool intact, and delivers every spooled sample once.
 */
@ExtendWith(ArquillianExtension.class)
class LinuxAgentIT {

  @Deployment(name = "server", managed = false, testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @ArquillianResource Deployer deployer;
  @TempDir Path dir;
  AgentProcess agent;

  @AfterEach
  void stopAgent() throws Exception {
    if (agent != null) {
      agent.kill();
    }
  }

  @Test
  void spoolsWhileTheServerIsAwayAndDeliversEverySpooledSampleOnce() throws Exception {
    deployer.deploy("server");
    agent =
        new AgentProcess(
                "pattoo-agent-linux",
                dir,
                "pattoo_agent_linux",
                "pattoo_agent_linux:\n  polling_interval: 2\n")
            .start();
    agent.await("first samples stored", Duration.ofSeconds(40), () -> uptimeSamples() > 0);
    JsonObject node =
        GraphQL.data(
                "query($agent: String) { datapoints(filter: {agentId: $agent,"
                    + " keyPrefix: \"pattoo_agent_linux_uptime\"}) { edges { node {"
                    + " key dataType agentProgram latest { timestamp value } } } } }",
                Json.createObjectBuilder().add("agent", agent.agentId()).build())
            .getJsonObject("datapoints")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    assertThat(node.getString("key"))
        .as("the agent's data through GraphQL")
        .isEqualTo("pattoo_agent_linux_uptime");
    assertThat(node.getInt("dataType")).isEqualTo(99);
    assertThat(node.getString("agentProgram")).isEqualTo("pattoo_agent_linux");
    assertThat(node.getJsonObject("latest").getJsonNumber("value").doubleValue()).isPositive();
    assertThat(
            TestDatabase.rows(
                "SELECT d.key FROM datapoint d JOIN agent a USING (idx_agent) WHERE a.agent_id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM key_translation t JOIN language l"
                    + " ON l.id = t.language_id WHERE l.code = 'en' AND t.key = d.key)",
                agent.agentId()))
        .as("keys the agent sent that ship without an English label")
        .isEmpty();
    assertThat(
            TestDatabase.number(
                "SELECT count(DISTINCT d.key) FROM datapoint d JOIN agent a USING (idx_agent) WHERE a.agent_id = ?",
                agent.agentId()))
        .as("keys the agent sent: every collector's")
        .isGreaterThan(30);

    agent.outageIsSpooledAndReplayedOnce(deployer, "server");
    deployer.undeploy("server");
  }

  /** How many samples of this agent's uptime series are stored. */
  private long uptimeSamples() throws Exception {
    String id = agent.agentId();
    return id.isEmpty()
        ? 0
        : TestDatabase.number(
            // Rows and folded chunks, in one statement (one snapshot): a fold moves rows.
            "WITH d AS (SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
                + " WHERE a.agent_id = ? AND d.key = 'pattoo_agent_linux_uptime')"
                + " SELECT (SELECT count(*) FROM sample WHERE series_id IN (SELECT * FROM d))"
                + " + (SELECT coalesce(sum(count), 0) FROM sample_chunk"
                + " WHERE series_id IN (SELECT * FROM d))",
            id);
  }
}
