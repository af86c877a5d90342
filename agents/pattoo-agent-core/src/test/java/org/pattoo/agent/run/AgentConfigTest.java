package org.pattoo.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigTest {

  @TempDir Path dir;

  AgentConfig load(String yaml) throws Exception {
    Path file = dir.resolve("agent.yaml");
    Files.writeString(file, yaml);
    return AgentConfig.load(file, "pattoo_agent_test");
  }

  @Test
  void originalLayoutGivesTheServerUrl() throws Exception {
    AgentConfig cfg =
        load(
            """
            pattoo_agent_api:
              ip_address: 10.0.0.5
              ip_bind_port: 20201
            pattoo_agent_test:
              polling_interval: 60
            """);

    assertThat(cfg.serverUrl()).isEqualTo(URI.create("http://10.0.0.5:20201/pattoo"));
    assertThat(cfg.pollingIntervalSeconds()).isEqualTo(60);
  }

  @Test
  void theOriginalSectionNameIsReadWhenTheProgramsIsAbsent() throws Exception {
    Path file = dir.resolve("original.yaml");
    Files.writeString(file, "pattoo_agent_testd:\n  polling_interval: 42\n");
    assertThat(
            AgentConfig.load(file, "pattoo_agent_test", java.util.List.of("pattoo_agent_testd"))
                .pollingIntervalSeconds())
        .isEqualTo(42);
    assertThatThrownBy(() -> AgentConfig.load(file, "pattoo_agent_test"))
        .hasMessage("pattoo_agent_test: missing section (with polling_interval)");
  }

  @Test
  void unknownKeysAreErrorsNamingTheirPath() {
    assertThatThrownBy(() -> load("servr_url: http://x\npattoo_agent_test: {}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("servr_url: unknown key (expecting one of [server_url,");
    assertThatThrownBy(() -> load("pattoo_agent_api: {ip_adress: x}\npattoo_agent_test: {}\n"))
        .hasMessageStartingWith("pattoo_agent_api.ip_adress: unknown key");
  }

  @Test
  void wrongTypesAndRangesNameWhatWasExpectedAndFound() {
    assertThatThrownBy(() -> load("pattoo_agent_test:\n  polling_interval: 5m\n"))
        .hasMessage(
            "pattoo_agent_test.polling_interval: expecting an integer 1-86400, found \"5m\"");
    assertThatThrownBy(
            () -> load("pattoo_agent_api: {ip_bind_port: 70000}\npattoo_agent_test: {}\n"))
        .hasMessage("pattoo_agent_api.ip_bind_port: expecting an integer 1-65535, found 70000");
    assertThatThrownBy(() -> load("server_url: ftp://x\npattoo_agent_test: {}\n"))
        .hasMessage("server_url: expecting an http:// or https:// URL, found \"ftp://x\"");
  }

  @Test
  void missingAgentSectionAndUnsetVariablesAreNamed() {
    assertThatThrownBy(() -> load("server_url: http://x\n"))
        .hasMessage("pattoo_agent_test: missing section (with polling_interval)");
    assertThatThrownBy(() -> load("token: ${PATTOO_TEST_UNSET_VARIABLE}\npattoo_agent_test: {}\n"))
        .hasMessage("token: environment variable PATTOO_TEST_UNSET_VARIABLE is not set");
  }

  @Test
  void logLevelAndCaFileAreChecked() {
    assertThatThrownBy(() -> load("log_level: verbose\npattoo_agent_test: {}\n"))
        .hasMessage("log_level: expecting debug, info, warning or error, found \"verbose\"");
    assertThatThrownBy(() -> load("ca_file: /nonexistent/ca.pem\npattoo_agent_test: {}\n"))
        .hasMessage("ca_file: cannot read /nonexistent/ca.pem");
  }

  @Test
  void tokenComesFromAFile() throws Exception {
    Files.writeString(dir.resolve("token"), "s3cret\n");

    AgentConfig cfg = load("token_file: " + dir.resolve("token") + "\npattoo_agent_test: {}\n");

    assertThat(cfg.token()).contains("s3cret");
  }
}
