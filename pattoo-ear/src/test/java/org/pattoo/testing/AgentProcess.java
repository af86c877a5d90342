package org.pattoo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployer;

/**
 * A packaged agent jar run as its own process against the test server, with its state (agent id,
 * spool) in a folder of the test's; and the outage check every agent must pass: what it spools
 * while the server is away is stored once when it comes back, none lost, none twice.
 */
public final class AgentProcess implements AutoCloseable {

  private static final Pattern TIMESTAMP = Pattern.compile("\"pattoo_timestamp\", (\\d+)\\]");

  private final Path jar;
  private final Path dir;
  private final String program;
  private final Path config;
  private Process process;

  /** An agent of {@code jar} (e.g. agents/pattoo-agent-linux) whose section is {@code section}. */
  public AgentProcess(String module, Path dir, String program, String section) throws Exception {
    this.jar = Path.of("..", "agents", module, "target", module + ".jar");
    this.dir = dir;
    this.program = program;
    this.config = dir.resolve("agent.yaml");
    assertThat(jar).as("the packaged agent (mvn package in agents/)").exists();
    Files.writeString(
        config,
        "server_url: http://localhost:"
            + TestServer.httpPort()
            + "/pattoo\n"
            + "token: "
            + IngestDeployment.TOKEN
            + "\n"
            + "state_directory: "
            + dir.resolve("state")
            + "\n"
            + section);
  }

  public AgentProcess start() throws Exception {
    process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--config",
                config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
            .start();
    return this;
  }

  /** {@code kill -9}: the agent may be mid-write. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  public Path log() {
    return dir.resolve("agent.log");
  }

  /** The id the agent made for itself on its first start; empty before. */
  public String agentId() throws Exception {
    Path file = dir.resolve("state").resolve(program + ".agent_id");
    return Files.exists(file) ? Files.readString(file).strip() : "";
  }

  /** Waits, bounded, for a condition; the agent's log tells why when it does not hold. */
  public void await(String what, Duration bound, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            what + " within " + bound + "; agent log:\n" + Files.readString(log()));
      }
      Thread.sleep(250);
    }
  }

  /**
   * Takes the deployed server away until the agent has spooled three batches, kills the agent,
   * brings both back, and checks that every spooled data point was stored, once. The agent must
   * send numbers only: a string sample is stored only when its value changed.
   */
  public void outageIsSpooledAndReplayedOnce(Deployer deployer, String deployment)
      throws Exception {
    deployer.undeploy(deployment);
    Path spool = dir.resolve("state").resolve("spool");
    await("three batches spooled", Duration.ofSeconds(40), () -> spooled(spool).size() >= 3);
    kill();
    Set<Long> timestamps = new TreeSet<>();
    long points = 0;
    for (Path batch : spooled(spool)) {
      String body = Files.readString(batch);
      Matcher m = TIMESTAMP.matcher(body);
      while (m.find()) {
        timestamps.add(Long.parseLong(m.group(1)));
      }
      // One [...] per data point inside "datapoint_pairs": [ ... ].
      points +=
          body.substring(body.indexOf("\"datapoint_pairs\"")).chars().filter(c -> c == '[').count()
              - 1;
    }
    assertThat(timestamps).hasSizeGreaterThanOrEqualTo(3);

    deployer.deploy(deployment);
    start();
    await("spool drained", Duration.ofSeconds(60), () -> spooled(spool).isEmpty());
    close();

    assertThat(storedAt(timestamps)).as("every spooled data point stored, once").isEqualTo(points);
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
        .isGreaterThanOrEqualTo(points);
    try (Stream<Path> rejected = Files.list(spool.resolve("rejected"))) {
      assertThat(rejected.count()).as("nothing rejected").isZero();
    }
  }

  /** Samples of this agent stored at any of these times. */
  private long storedAt(Set<Long> timestamps) throws Exception {
    return TestDatabase.number(
        "SELECT count(*) FROM sample s JOIN datapoint d ON d.idx_datapoint = s.series_id"
            + " JOIN agent a USING (idx_agent) WHERE a.agent_id = ? AND s.ts = ANY(?::bigint[])",
        agentId(),
        timestamps.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
  }

  private static List<Path> spooled(Path spool) throws Exception {
    if (!Files.isDirectory(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
