package org.pattoo.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.run.AgentConfig;
import org.pattoo.agent.run.AgentRunner;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;

/** A command that hangs, polled by the core's runner beside one that answers. */
@Timeout(60)
class TimeoutTest {

  @TempDir Path tmp;

  @Test
  void aHungCommandIsKilledWithWhatItStartedWhileTheOtherCommandsDataComes() throws Exception {
    Path script = Path.of("src/test/resources/scripts/hang.sh").toAbsolutePath();
    Path yaml = tmp.resolve("agent.yaml");
    Files.writeString(
        yaml,
        "pattoo_agent_exec:\n  polling_interval: 60\n  commands:\n"
            + "    - {name: hang, command: [/bin/sh, "
            + script
            + ", "
            + tmp
            + "], timeout: 0.5}\n"
            + "    - {name: fast, command: [/bin/echo, up 1 int]}\n");
    AgentConfig cfg = AgentConfig.load(yaml, ExecAgent.PROGRAM);
    AgentRunner runner =
        new AgentRunner(
            new AgentIdentity("agent-1", ExecAgent.PROGRAM, "host1", 60_000),
            new ExecAgent().collectors(cfg.agentSection()),
            new Poster(
                URI.create("http://127.0.0.1:9/pattoo"),
                "agent-1",
                Optional.empty(),
                Duration.ofSeconds(1)),
            new Spool(tmp.resolve("spool"), 1_000_000),
            Clock.systemUTC(),
            cfg.concurrentPolls());
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            warnings.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(AgentRunner.class.getName());
    log.addHandler(handler);
    long start = System.nanoTime();
    List<TargetData> data;
    try {
      data = runner.poll();
    } finally {
      log.removeHandler(handler);
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(data).extracting(TargetData::target).containsExactly("fast");
    assertThat(data.get(0).points())
        .extracting(p -> p.key() + "=" + p.number())
        .containsExactly("up=1");
    assertThat(warnings)
        .containsExactly("hang: no exit within 0.5 s, killed with the 1 process(es) it started");
    assertThat(seconds)
        .as("the poll waits for the timeout, not for the 300 s sleep")
        .isLessThan(10);
    assertGone(Long.parseLong(Files.readString(tmp.resolve("shell.pid")).strip()));
    assertGone(Long.parseLong(Files.readString(tmp.resolve("child.pid")).strip()));
  }

  /** Gone or a zombie (killed, waiting for a parent that may never reap it in a container). */
  private static void assertGone(long pid) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (running(pid) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(running(pid)).as("process " + pid + " still running").isFalse();
  }

  private static boolean running(long pid) throws Exception {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Files.exists(stat)) {
      String s = Files.readString(stat);
      return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }
    return false;
  }
}
