package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged Linux agent, run with no configuration anywhere: it says how to get one, and hands
 * out the commented sample it ships. Needs no server.
 */
class LinuxAgentCliIT {

  static final Path JAR = Path.of("../agents/pattoo-agent-linux/target/pattoo-agent-linux.jar");
  static final Path DEFAULT = Path.of("/etc/pattoo/pattoo-agent-linux.yaml");

  @Test
  void withoutAnyConfigurationItSaysHowToMakeOne() throws Exception {
    assertThat(DEFAULT).as("this test needs a machine without %s", DEFAULT).doesNotExist();
    Run r = run("--once");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err)
        .isEqualTo(
            "no configuration at /etc/pattoo/pattoo-agent-linux.yaml: write the commented sample"
                + " there with `java -jar pattoo-agent-linux.jar --sample-config >"
                + " /etc/pattoo/pattoo-agent-linux.yaml`, edit it, or pass --config FILE\n");
  }

  @Test
  void sampleConfigPrintsTheSampleAsShippedInTheSourceTree() throws Exception {
    Run r = run("--sample-config");
    assertThat(r.exit).isZero();
    assertThat(r.out)
        .isEqualTo(
            Files.readString(Path.of("../agents/pattoo-agent-linux/pattoo-agent-linux.yaml")));
  }

  private static Run run(String... args) throws Exception {
    String[] command = new String[args.length + 3];
    command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    command[1] = "-jar";
    command[2] = JAR.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  record Run(int exit, String out, String err) {}
}
