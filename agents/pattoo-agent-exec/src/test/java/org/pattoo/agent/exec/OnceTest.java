package org.pattoo.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's main entry, run as a process the way systemd and people run it. */
class OnceTest {

  @TempDir Path tmp;

  private record Run(int status, String out, String err) {}

  private Run agent(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ExecAgent.class.getName()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      throw new AssertionError("the agent did not end within 30 s");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
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
