package org.pattoo.agent.opcua;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The node-opcua server of src/test/peers/opcua_peer.js in its own process on 127.0.0.1, driven
 * through stdin ("set Plant/Line1/Temperature 21.5", "fail Plant/Broken BadSensorFailure"). It
 * tells the NodeId of each variable, which changes when it restarts with another first id.
 */
final class Peer implements AutoCloseable {

  /** The URI of the namespace of the peer's variables. */
  static final String NAMESPACE = "urn:example:plant";

  private static final Path NPM_PEERS = Path.of("target/peers");

  private final int port;
  private final Path pki;
  private Process process;
  private Writer stdin;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final Map<String, String> nodeIds = new ConcurrentHashMap<>();
  private final StringBuffer stderr = new StringBuffer();

  private Peer(int port, Path pki) {
    this.port = port;
    this.pki = pki;
  }

  /** Starts the peer on a free port with a fresh certificate folder under target/. */
  static Peer start() throws Exception {
    if (!Files.isDirectory(NPM_PEERS.resolve("node_modules/node-opcua"))) {
      throw new IllegalStateException(
          "node-opcua is not installed in target/peers: run the module's Maven build"
              + " (npm ci there), e.g. ./pattoo test");
    }
    Path pki = NPM_PEERS.resolve("pki").toAbsolutePath();
    deleteTree(pki);
    Peer peer = new Peer(freePort(), pki);
    peer.launch(1000);
    return peer;
  }

  /** Stops the server and starts it again on the same port, numbering its nodes from firstId. */
  void restart(int firstId) throws Exception {
    stop();
    launch(firstId);
  }

  private void launch(int firstId) throws Exception {
    nodeIds.clear();
    replies.clear();
    process =
        new ProcessBuilder(
                List.of(
                    "node",
                    "opcua_peer.js",
                    Integer.toString(port),
                    pki.toString(),
                    Integer.toString(firstId)))
            .directory(NPM_PEERS.toAbsolutePath().toFile())
            .start();
    stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    CompletableFuture<Integer> ready = new CompletableFuture<>();
    Process p = process;
    daemon(
        () -> {
          try (BufferedReader out = reader(p.getInputStream())) {
            for (String line; (line = out.readLine()) != null; ) {
              if (line.startsWith("READY ")) {
                ready.complete(Integer.parseInt(line.substring(6).strip()));
              } else if (line.startsWith("NODE ")) {
                String[] w = line.split(" ");
                nodeIds.put(w[1], w[2]);
              } else if (line.equals("OK") || line.startsWith("ERROR")) {
                replies.add(line);
              }
            }
          }
          ready.completeExceptionally(new IllegalStateException("ended"));
          return null;
        });
    daemon(
        () -> {
          try (BufferedReader err = reader(p.getErrorStream())) {
            for (String line; (line = err.readLine()) != null; ) {
              stderr.append(line).append('\n');
            }
          }
          return null;
        });
    try {
      ready.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      stop();
      throw new IllegalStateException("node-opcua did not start within 30 s: " + stderr, e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  /** The NodeId the server gave a variable, e.g. ns=2;i=1002 for Plant/Line1/Temperature. */
  String nodeId(String path) {
    String id = nodeIds.get(path);
    if (id == null) {
      throw new IllegalArgumentException("the peer has no variable " + path);
    }
    return id;
  }

  /** The server's own certificate, as node-opcua keeps it. */
  Path certificate() {
    return pki.resolve("server/own/certs/certificate.pem");
  }

  /** Sends one command and waits (bounded) for its OK. */
  void send(String command) throws Exception {
    stdin.write(command + "\n");
    stdin.flush();
    String reply = replies.poll(10, TimeUnit.SECONDS);
    if (!"OK".equals(reply)) {
      throw new IllegalStateException(
          "node-opcua: " + command + ": answered " + reply + "; " + stderr);
    }
  }

  private void stop() throws Exception {
    if (process == null) {
      return;
    }
    try {
      stdin.close();
    } catch (IOException ignored) {
      // already gone
    }
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroy();
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
      }
    }
    process = null;
  }

  @Override
  public void close() throws Exception {
    stop();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
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
