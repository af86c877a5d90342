package org.pattoo.agent.modbus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Modbus TCP server in its own process on 127.0.0.1 (pymodbus or modbus-serial), driven by the
 * scripts under src/test/peers through stdin: "set hr 0 0x41c8 0", "fail hr 10 2", "clear". It
 * reports each read request it answers ("READ ..."), which counts the agent's requests.
 */
final class Peer implements AutoCloseable {

  private static final Path PEERS = Path.of("src/test/peers");
  private static final Path NPM_PEERS = Path.of("target/peers");

  private final String name;
  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final StringBuffer stderr = new StringBuffer();
  private final int port;

  private Peer(String name, List<String> command, Path directory) throws Exception {
    this.name = name;
    this.process =
        new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile()).start();
    this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    CompletableFuture<Integer> ready = new CompletableFuture<>();
    daemon(
        () -> {
          try (BufferedReader out = reader(process.getInputStream())) {
            for (String line; (line = out.readLine()) != null; ) {
              if (line.startsWith("READY ")) {
                ready.complete(Integer.parseInt(line.substring(6).strip()));
              } else if (line.startsWith("READ ")) {
                reads.incrementAndGet();
              } else {
                replies.add(line);
              }
            }
          }
          ready.completeExceptionally(new IllegalStateException("ended"));
          return null;
        });
    daemon(
        () -> {
          try (BufferedReader err = reader(process.getErrorStream())) {
            for (String line; (line = err.readLine()) != null; ) {
              stderr.append(line).append('\n');
            }
          }
          return null;
        });
    try {
      this.port = ready.get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      close();
      throw new IllegalStateException(name + " did not start within 15 s: " + stderr, e);
    }
  }

  /** Debian's python3-pymodbus 3.0, with Debian's own interpreter. */
  static Peer pymodbus() throws Exception {
    Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import pymodbus").start();
    if (!check.waitFor(20, TimeUnit.SECONDS) || check.exitValue() != 0) {
      check.destroyForcibly();
      throw new IllegalStateException(
          "python3-pymodbus is not installed: run ./pattoo test, which installs it");
    }
    return new Peer("pymodbus", List.of("/usr/bin/python3", "-u", "pymodbus_peer.py"), PEERS);
  }

  /** The only unit id the modbus-serial peer answers: a request for another unit times out. */
  static final int MODBUS_SERIAL_UNIT = 7;

  /** npm modbus-serial's ServerTCP, installed into target/peers by the build; answers unit 7. */
  static Peer modbusSerial() throws Exception {
    if (!Files.isDirectory(NPM_PEERS.resolve("node_modules/modbus-serial"))) {
      throw new IllegalStateException(
          "modbus-serial is not installed in target/peers: run the module's Maven build"
              + " (npm ci there), e.g. ./pattoo test");
    }
    return new Peer(
        "modbus-serial",
        List.of(
            "node",
            "modbus_serial_peer.js",
            Integer.toString(freePort()),
            Integer.toString(MODBUS_SERIAL_UNIT)),
        NPM_PEERS);
  }

  /** A port nobody listens on as far as the test knows; the OS picked it as free. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  /** Read requests answered so far. */
  int reads() {
    return reads.get();
  }

  /** Sends one command and waits (bounded) for its OK. */
  void send(String command) throws Exception {
    stdin.write(command + "\n");
    stdin.flush();
    String reply = replies.poll(10, TimeUnit.SECONDS);
    if (!"OK".equals(reply)) {
      throw new IllegalStateException(
          name + ": " + command + ": answered " + reply + "; " + stderr);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      stdin.close();
    } catch (IOException ignored) {
      // already gone
    }
    if (!process.waitFor(3, TimeUnit.SECONDS)) {
      process.destroy();
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
      }
    }
  }

  private static BufferedReader reader(java.io.InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static void daemon(java.util.concurrent.Callable<Void> body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.call();
              } catch (Exception ignored) {
                // the process ended
              }
            });
    t.setDaemon(true);
    t.start();
  }
}
