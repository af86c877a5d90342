package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.Metrics;
import org.pattoo.testing.TestDatabase;

/**
 * The packaged Linux agent against the real server: it posts, spools while the application is away,
 * survives {@code kill -9} with its spool intact, and delivers every spooled sample once.
 */
@ExtendWith(ArquillianExtension.class)
class LinuxAgentIT {

  static final Path JAR = Path.of("../agents/pattoo-agent-linux/target/pattoo-agent-linux.jar");
  static final Pattern TIMESTAMP = Pattern.compile("\"pattoo_timestamp\", (\\d+)\\]");

  @Deployment(name = "server", managed = false, testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @ArquillianResource Deployer deployer;
  @TempDir Path dir;
  Process agent;

  @AfterEach
  void stopAgent() throws Exception {
    if (agent != null) {
      agent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void spoolsWhileTheServerIsAwayAndDeliversEverySpooledSampleOnce() throws Exception {
    deployer.deploy("server");
    Path config = dir.resolve("agent.yaml");
    Files.writeString(
        config,
        "server_url: http://localhost:"
            + System.getProperty("payara.http.port")
            + "/pattoo\n"
            + "token: "
            + IngestDeployment.TOKEN
            + "\n"
            + "state_directory: "
            + dir.resolve("state")
            + "\n"
            + "pattoo_agent_linux:\n  polling_interval: 2\n");
    agent = startAgent(config);
    awaitTrue("first samples stored", Duration.ofSeconds(40), () -> uptimeSamples().size() > 0);
    JsonObject node =
        GraphQL.data(
                "query($agent: String) { datapoints(filter: {agentId: $agent,"
                    + " keyPrefix: \"pattoo_agent_linux_uptime\"}) { edges { node {"
                    + " key dataType agentProgram latest { timestamp value } } } } }",
                Json.createObjectBuilder().add("agent", agentId()).build())
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
                agentId()))
        .as("keys the agent sent that ship without an English label")
        .isEmpty();
    assertThat(
            TestDatabase.number(
                "SELECT count(DISTINCT d.key) FROM datapoint d JOIN agent a USING (idx_agent) WHERE a.agent_id = ?",
                agentId()))
        .as("keys the agent sent: every collector's")
        .isGreaterThan(30);

    deployer.undeploy("server");
    Path spool = dir.resolve("state").resolve("spool");
    awaitTrue("three batches spooled", Duration.ofSeconds(40), () -> spooled(spool).size() >= 3);
    agent.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9, possibly mid-write
    Set<Long> spooledTimestamps = new TreeSet<>();
    long spooledPoints = 0;
    for (Path batch : spooled(spool)) {
      String body = Files.readString(batch);
      Matcher m = TIMESTAMP.matcher(body);
      while (m.find()) {
        spooledTimestamps.add(Long.parseLong(m.group(1)));
      }
      // One [...] per data point inside "datapoint_pairs": [ ... ].
      spooledPoints +=
          body.substring(body.indexOf("\"datapoint_pairs\"")).chars().filter(c -> c == '[').count()
              - 1;
    }
    assertThat(spooledTimestamps).hasSizeGreaterThanOrEqualTo(3);

    deployer.deploy("server");
    agent = startAgent(config);
    awaitTrue("spool drained", Duration.ofSeconds(60), () -> spooled(spool).isEmpty());
    agent.destroy();
    agent.waitFor(10, TimeUnit.SECONDS);

    assertThat(storedAt(spooledTimestamps))
        .as("every spooled data point stored, once")
        .isEqualTo(spooledPoints);
    // The unique index would absorb a re-sent batch: what the server received must show none.
    String metrics = Metrics.scrape();
    assertThat(
            Metrics.value(
                metrics, "pattoo_ingest_points_total{format=\"pattoo\",outcome=\"duplicate\"}"))
        .as("data points received twice since the redeployment")
        .isZero();
    assertThat(
            Metrics.value(
                metrics, "pattoo_ingest_points_total{format=\"pattoo\",outcome=\"stored\"}"))
        .as("received since the redeployment: the spool, then live polls")
        .isGreaterThanOrEqualTo(spooledPoints);
    try (Stream<Path> rejected = Files.list(spool.resolve("rejected"))) {
      assertThat(rejected.count()).as("nothing rejected").isZero();
    }
    deployer.undeploy("server");
  }

  /** Samples of this agent stored at any of these times. */
  private long storedAt(Set<Long> timestamps) throws Exception {
    return TestDatabase.number(
        "SELECT count(*) FROM sample s JOIN datapoint d ON d.idx_datapoint = s.series_id"
            + " JOIN agent a USING (idx_agent) WHERE a.agent_id = ? AND s.ts = ANY(?::bigint[])",
        agentId(),
        timestamps.stream()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(",", "{", "}")));
  }

  private String agentId() throws Exception {
    return Files.readString(dir.resolve("state").resolve("pattoo_agent_linux.agent_id")).strip();
  }

  private Process startAgent(Path config) throws Exception {
    assertThat(JAR).as("the packaged agent (mvn package in agents/)").exists();
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR.toString(),
            "--config",
            config.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("agent.log").toFile())
        .start();
  }

  /** The timestamps of this agent's uptime series, as stored. */
  private List<Long> uptimeSamples() throws Exception {
    Path idFile = dir.resolve("state").resolve("pattoo_agent_linux.agent_id");
    if (!Files.exists(idFile)) {
      return List.of();
    }
    List<Long> out = new ArrayList<>();
    for (List<String> row :
        TestDatabase.rows(
            "SELECT s.ts FROM sample s JOIN datapoint d ON d.idx_datapoint = s.series_id"
                + " JOIN agent a USING (idx_agent) WHERE a.agent_id = ?"
                + " AND d.key = 'pattoo_agent_linux_uptime' ORDER BY s.ts",
            agentId())) {
      out.add(Long.parseLong(row.get(0)));
    }
    return out;
  }

  private static List<Path> spooled(Path spool) throws Exception {
    if (!Files.isDirectory(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private void awaitTrue(String what, Duration bound, Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            what
                + " within "
                + bound
                + "; agent log:\n"
                + Files.readString(dir.resolve("agent.log")));
      }
      Thread.sleep(250);
    }
  }
}
