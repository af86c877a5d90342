package org.pattoo.agent.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.run.AgentConfig;

class LinuxAgentTest {

  @Test
  void theShippedSampleConfigurationLoadsAsShipped() throws Exception {
    AgentConfig cfg = AgentConfig.load(Path.of("pattoo-agent-linux.yaml"), LinuxAgent.PROGRAM);
    new LinuxAgent().collectors(cfg.agentSection());
    cfg.agentSection().finish();

    assertThat(cfg.serverUrl()).isEqualTo(URI.create("http://localhost:8080/pattoo"));
    assertThat(cfg.pollingIntervalSeconds()).isEqualTo(300);
    assertThat(cfg.token()).isEmpty();
    assertThat(cfg.stateDirectory()).isEqualTo(Path.of("/var/lib/pattoo-agent-linux"));
  }

  @Test
  void pseudoContainerAndTinyFilesystemsAreSkipped() {
    long gib = 1L << 30;

    assertThat(DiskReader.isWatched("/", "ext4", 10 * gib)).isTrue();
    assertThat(DiskReader.isWatched("/run", "tmpfs", 10 * gib)).isFalse();
    assertThat(DiskReader.isWatched("/var/lib/docker/overlay2/x", "ext4", 10 * gib)).isFalse();
    assertThat(DiskReader.isWatched("/boot/efi", "vfat", 32L << 20)).isFalse();
  }
}
