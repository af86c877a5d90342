package org.pattoo.agent.modbus;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.pattoo.agent.testing.PeerProcess;

/**
 * A Modbus TCP server in its own process on 127.0.0.1 (pymodbus or modbus-serial), driven by the
 * scripts under src/test/peers through stdin: "set hr 0 0x41c8 0", "fail hr 10 2", "clear". It
 * reports each read request it answers ("READ ..."), which counts the agent's requests.
 */
final class Peer implements AutoCloseable {

  private static final Path PEERS = Path.of("src/test/peers");
  private static final Path NPM_PEERS = Path.of("target/peers");
  private static final Pattern READY = Pattern.compile("^READY (\\d+)$");
  private static final Pattern READ = Pattern.compile("^READ ");

  private final PeerProcess process;
  private final int port;

  private Peer(PeerProcess process) {
    this.process = process;
    this.port = Integer.parseInt(process.ready().group(1));
  }

  /** Debian's python3-pymodbus 3.0, with Debian's own interpreter. */
  static Peer pymodbus() throws Exception {
    Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import pymodbus").start();
    if (!check.waitFor(20, TimeUnit.SECONDS) || check.exitValue() != 0) {
      check.destroyForcibly();
      throw new IllegalStateException(
          "python3-pymodbus is not installed: run ./pattoo test, which installs it");
    }
    return new Peer(
        PeerProcess.start(
            "pymodbus",
            List.of("/usr/bin/python3", "-u", "pymodbus_peer.py"),
            Map.of(),
            PEERS,
            READY));
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
        PeerProcess.start(
            "modbus-serial",
            List.of(
                "node",
                "modbus_serial_peer.js",
                Integer.toString(freePort()),
                Integer.toString(MODBUS_SERIAL_UNIT)),
            Map.of(),
            NPM_PEERS,
            READY));
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
    return process.count(READ);
  }

  /** Sends one command and waits (bounded) for its OK. */
  void send(String command) throws Exception {
    process.request(command);
  }

  @Override
  public void close() throws Exception {
    process.close();
  }
}
