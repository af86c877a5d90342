package org.pattoo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server process's listening sockets as {@code ss} shows them, and commands run for tests. */
final class Listeners {

  private Listeners() {}

  /** TCP listeners of the process that are beyond loopback and not one of the allowed ports. */
  static List<String> openBeyondLoopback(String pid, Set<Integer> allowedPorts) throws Exception {
    List<String> open = new ArrayList<>();
    for (String address : listening("-ltnpH", pid)) {
      int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
      if (!isLoopback(address) && !allowedPorts.contains(port)) {
        open.add(address);
      }
    }
    return open;
  }

  static boolean isLoopback(String address) {
    return address.startsWith("127.")
        || address.startsWith("[::ffff:127.")
        || address.startsWith("[::1]");
  }

  /** The process listening on this TCP port, by {@code ss}. */
  static String pidListeningOn(String port) throws Exception {
    Run ss = run(List.of("ss", "-ltnpH", "sport = :" + port));
    Matcher pid = Pattern.compile("pid=(\\d+),").matcher(ss.output());
    assertThat(pid.find()).as("a process listening on %s: %s", port, ss.output()).isTrue();
    return pid.group(1);
  }

  /** Local addresses of the sockets {@code ss} lists for this process. */
  static List<String> listening(String flags, String pid) throws Exception {
    Run ss = run(List.of("ss", flags));
    assertThat(ss.exit).as("ss %s", flags).isZero();
    return ss.output
        .lines()
        .filter(l -> l.contains("pid=" + pid + ","))
        .map(l -> l.trim().split("\\s+")[3])
        .toList();
  }

  static Run run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  record Run(int exit, String output) {}
}
