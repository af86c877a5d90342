package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.Collector;
import picocli.CommandLine;

/** The command line's answers when there is nothing to run with, read from its error writer. */
class AgentMainTest {

  @TempDir Path dir;

  static final AgentMain.Agent AGENT =
      new AgentMain.Agent() {
        @Override
        public String program() {
          return "pattoo_agent_test";
        }

        @Override
        public List<Collector> collectors(ConfigNode section) {
          return List.of();
        }
      };

  record Run(int exit, String err) {}

  /** Runs the command line as if its default configuration path were {@code defaultConfig}. */
  static Run run(Path defaultConfig, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = AgentMain.commandLine(AGENT, "test", defaultConfig);
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), err.toString());
  }

  @Test
  void onceWithoutAnyConfigurationSaysHowToMakeOne() {
    Path missing = dir.resolve("pattoo-agent-test.yaml");

    Run r = run(missing, "--once");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "no configuration at "
                + missing
                + ": write the commented sample there with `java -jar pattoo-agent-test.jar"
                + " --sample-config > "
                + missing
                + "`, edit it, or pass --config FILE"
                + System.lineSeparator());
  }

  @Test
  void aConfigurationFileNamedOnTheCommandLineThatIsMissingIsReportedAsSuch() {
    Path named = dir.resolve("typo.yaml");

    Run r = run(dir.resolve("pattoo-agent-test.yaml"), "--once", "--config", named.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(named + ": cannot read: no such file" + System.lineSeparator());
  }
}
