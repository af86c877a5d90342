package org.pattoo.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.run.AgentConfig;

class ExecConfigTest {

  @TempDir Path tmp;

  private static List<Command> commands(Path file) throws Exception {
    AgentConfig cfg = AgentConfig.load(file, ExecAgent.PROGRAM);
    List<Command> commands = ExecConfig.commands(cfg.agentSection());
    cfg.agentSection().finish();
    return commands;
  }

  private List<Command> command(String yaml) throws Exception {
    Path file = tmp.resolve("agent.yaml");
    Files.writeString(
        file,
        "pattoo_agent_exec:\n  polling_interval: 60\n  commands:\n    - "
            + yaml.replace("\n", "\n      ")
            + "\n");
    return commands(file);
  }

  @Test
  void theShippedSampleConfigurationLoadsAsShipped() throws Exception {
    List<Command> commands = commands(Path.of("pattoo-agent-exec.yaml"));

    assertThat(commands).hasSize(2);
    assertThat(commands.get(0))
        .isEqualTo(
            new Command(
                "queue",
                List.of("/usr/local/bin/queue-stats.sh", "--jobs", "/var/lib/jobs"),
                Duration.ofSeconds(10),
                Map.of(),
                true,
                java.util.Optional.empty(),
                OutputFormat.KEY_VALUE,
                Precision.NS,
                1024 * 1024,
                List.of(Metadata.of("site", "lab"))));
    Command sensors = commands.get(1);
    assertThat(sensors.argv())
        .containsExactly("/bin/sh", "-c", "/usr/bin/sensors -j | /usr/local/bin/sensors-to-influx");
    assertThat(sensors.format()).isEqualTo(OutputFormat.INFLUX);
    assertThat(sensors.timeoutText()).isEqualTo("2.5 s");
  }

  @Test
  void theReadmeEmbedsTheShippedSampleAsItIs() throws Exception {
    assertThat(Files.readString(Path.of("README.md")))
        .contains("```yaml\n" + Files.readString(Path.of("pattoo-agent-exec.yaml")) + "```\n");
  }

  @Test
  void theNameDefaultsToTheProgramsFileNameAndMustBeUnique() throws Exception {
    assertThat(command("command: [/usr/bin/uptime]").get(0).name()).isEqualTo("uptime");
    Path file = tmp.resolve("two.yaml");
    Files.writeString(
        file,
        "pattoo_agent_exec:\n  commands:\n"
            + "    - command: [/usr/bin/uptime]\n    - command: [/bin/uptime]\n");
    assertThatThrownBy(() -> commands(file))
        .hasMessage(
            "pattoo_agent_exec.commands[1].name: \"uptime\" already names"
                + " pattoo_agent_exec.commands[0]; give each command its own name");
  }

  @Test
  void theCommandsShapeFollowsShell() throws Exception {
    assertThatThrownBy(() -> command("command: /usr/bin/uptime -p"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].command: \"/usr/bin/uptime -p\" is not a program;"
                + " list the program and its arguments, or set shell: true");
    assertThat(command("command: /usr/bin/uptime").get(0).argv())
        .as("a program alone may be written without brackets")
        .containsExactly("/usr/bin/uptime");
    assertThatThrownBy(() -> command("shell: true\ncommand: [uptime, -p]"))
        .hasMessage("pattoo_agent_exec.commands[0].command: expecting a string, found a list");
    assertThatThrownBy(() -> command("name: x"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].command: expecting a list: the program, then its"
                + " arguments");
  }

  @Test
  void impossibleValuesNameTheirKey() {
    assertThatThrownBy(() -> command("command: [x]\nformat: json"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].format: expecting key_value or influx, found \"json\"");
    assertThatThrownBy(() -> command("command: [x]\nprecision: ms"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].precision: only line protocol has timestamps"
                + " (format: influx)");
    assertThatThrownBy(() -> command("command: [x]\nformat: influx\nprecision: m"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].precision: expecting ns, us, ms or s, found \"m\"");
    assertThatThrownBy(() -> command("command: [x]\nworking_directory: /no/such/dir"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].working_directory: no such directory /no/such/dir");
    assertThatThrownBy(() -> command("command: [x]\ntimeout: 0"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].timeout: expecting a number 0.1-86400.0, found 0");
    assertThatThrownBy(() -> command("command: [x]\nmetadata: {pattoo_site: a}"))
        .hasMessage(
            "pattoo_agent_exec.commands[0].metadata.pattoo_site: metadata key pattoo_site:"
                + " \"pattoo\" is reserved");
    assertThatThrownBy(() -> command("command: [x]\ntimout: 5"))
        .hasMessageStartingWith("pattoo_agent_exec.commands[0].timout: unknown key");
  }

  @Test
  void theLoggedSettingsNameTheVariablesButNeverTheirValues() throws Exception {
    Command c =
        command(
                "command: [/opt/probe, -v]\nenvironment: {TOKEN: s3cret, LANG: C}\n"
                    + "inherit_environment: false\nworking_directory: /tmp")
            .get(0);

    assertThat(c.describe())
        .isEqualTo(
            "probe: /opt/probe -v, timeout 10 s, format key_value, environment is only"
                + " [LANG, TOKEN], in /tmp");
  }

  @Test
  void aTimeoutOverThePollingIntervalIsClampedToIt() throws Exception {
    assertThat(command("command: [x]\ntimeout: 600").get(0).timeout())
        .isEqualTo(Duration.ofSeconds(60));
  }
}
