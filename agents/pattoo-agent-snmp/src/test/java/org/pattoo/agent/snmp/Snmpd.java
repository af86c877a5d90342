package org.pattoo.agent.snmp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Debian's snmpd as the test peer: on loopback, a free port, a fresh state folder (snmpd rewrites
 * createUser lines there) and its configuration under target/, ready when it prints its version,
 * stopped by its own process handle.
 */
final class Snmpd implements AutoCloseable {

  final int port;
  final Path dir;
  private final Process process;

  private Snmpd(int port, Path dir, Process process) {
    this.port = port;
    this.dir = dir;
    this.process = process;
  }

  /** Starts snmpd with this configuration; {@code @PORT@} in it becomes the port chosen. */
  static Snmpd start(String name, String config) throws Exception {
    Path snmpd = tool("snmpd");
    tool("snmpwalk"); // the source of expected values: fail now, not in the middle of a case
    int port = freeUdpPort();
    Path dir = Path.of("target", "snmpd", name + "-" + System.currentTimeMillis()).toAbsolutePath();
    Files.createDirectories(dir.resolve("state"));
    Path conf = dir.resolve("snmpd.conf");
    Files.writeString(conf, config.replace("@PORT@", Integer.toString(port)));
    ProcessBuilder pb =
        new ProcessBuilder(
            snmpd.toString(),
            "-f",
            "-Lo",
            "-C",
            "-m",
            "",
            "-c",
            conf.toString(),
            "-p",
            dir.resolve("snmpd.pid").toString());
    pb.environment().put("SNMP_PERSISTENT_DIR", dir.resolve("state").toString());
    pb.redirectErrorStream(true);
    Process process = pb.start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Path log = dir.resolve("snmpd.log");
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  Files.writeString(
                      log,
                      line + "\n",
                      java.nio.file.StandardOpenOption.CREATE,
                      java.nio.file.StandardOpenOption.APPEND);
                  if (line.startsWith("NET-SNMP version")) {
                    ready.complete(null);
                  }
                }
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
              ready.completeExceptionally(new IllegalStateException("snmpd ended, see " + log));
            },
            "snmpd-output");
    reader.setDaemon(true);
    reader.start();
    try {
      ready.get(15, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("snmpd not ready within 15 s, see " + log);
    }
    return new Snmpd(port, dir, process);
  }

  /** A UDP port nothing listens on (free when asked; the tests bind nothing there). */
  static int freeUdpPort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A net-snmp program, or an error saying how to install it. */
  static Path tool(String name) {
    for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        name
            + " not found: the SNMP tests need Debian's snmpd and snmp packages; run ./pattoo"
            + " test, which installs them");
  }
}
