package org.pattoo.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.testing.AgentCommand;
import org.pattoo.agent.testing.AgentCommand.Run;

/** The agent's main entry, run as a process the way systemd and people run it. */
class OnceTest {

  @TempDir Path tmp;

  private Run agent(String... args) throws Exception {
    return AgentCommand.run(ExecAgent.class, tmp, Duration.ofSeconds(30), args);
  }

  @Test
  void oncePrintsTheCommandsDataPointsAsJsonLines() throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "state_directory: "
            + tmp.resolve("state")
            + "\npattoo_agent_exec:\n  polling_interval: 60\n  commands:\n"
            + "    - name: weather\n"
            + "      command: [/usr/bin/printf, 'temperature 21.5\\nsky \"partly cloudy\"\\n']\n"
            + "      metadata: {site: roof}\n");

    Run run = agent("--config", file.toString(), "--once");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> l.replaceAll("\"timestamp\":[0-9]+,", "")))
        .containsExactly(
            "{\"target\":\"weather\",\"key\":\"temperature\",\"type\":101,\"value\":21.5,"
                + "\"metadata\":{\"site\":\"roof\"}}",
            "{\"target\":\"weather\",\"key\":\"sky\",\"type\":2,\"value\":\"partly cloudy\","
                + "\"metadata\":{\"site\":\"roof\"}}");
  }

  @Test
  void checkAcceptsTheShippedSample() throws Exception {
    Run run = agent("--config", "pattoo-agent-exec.yaml", "--check");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("pattoo-agent-exec.yaml: valid");
  }

  @Test
  void checkNamesTheFaultyKeyAndExitsWith2() throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file, "pattoo_agent_exec:\n  commands:\n    - command: [x]\n      shell: yes\n");

    Run run = agent("--config", file.toString(), "--check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            file + ": pattoo_agent_exec.commands[0].shell: expecting true or false, found \"yes\"");
  }
}
