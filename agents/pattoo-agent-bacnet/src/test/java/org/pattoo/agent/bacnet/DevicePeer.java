package org.pattoo.agent.bacnet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
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
 * A BACnet/IP device in its own process: npm @bacnet-js/client driven by
 * src/test/peers/bacnet_device.js with an object table (device-<id>.json), bound to a loopback
 * address other than 127.0.0.1 (the stack ignores requests from 127.0.0.1:47808). It counts the
 * requests it answers ("REQ ..." lines).
 */
final class DevicePeer implements AutoCloseable {

  static final Path NPM_PEERS = Path.of("target/peers");

  private final Process process;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger subscriptions = new AtomicInteger();
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final Writer stdin;
  private final StringBuffer stderr = new StringBuffer();

  DevicePeer(String address, int port, String table) throws Exception {
    if (!Files.isDirectory(NPM_PEERS.resolve("node_modules/@bacnet-js/client"))) {
      throw new IllegalStateException(
          "@bacnet-js/client is not installed in target/peers: run the module's Maven build"
              + " (npm ci there)");
    }
    // reuseAddr would let two processes share the port silently: make sure it is free.
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(address, port))) {
      probe.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(address + ":" + port + " is busy: " + e.getMessage(), e);
    }
    process =
        new ProcessBuilder(
                List.of("node", "bacnet_device.js", address, Integer.toString(port), table))
            .directory(NPM_PEERS.toAbsolutePath().toFile())
            .start();
    stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    CompletableFuture<Void> ready = new CompletableFuture<>();
    daemon(
        () -> {
          try (BufferedReader out = reader(process.getInputStream())) {
            for (String line; (line = out.readLine()) != null; ) {
              if (line.startsWith("READY ")) {
                ready.complete(null);
              } else if (line.startsWith("REQ ")) {
                requests.incrementAndGet();
                if (line.equals("REQ subscribeCov")) {
                  subscriptions.incrementAndGet();
                }
              } else {
                replies.add(line);
              }
            }
          }
          ready.completeExceptionally(new IllegalStateException("ended"));
        });
    daemon(
        () -> {
          try (BufferedReader err = reader(process.getErrorStream())) {
            for (String line; (line = err.readLine()) != null; ) {
              stderr.append(line).append('\n');
            }
          }
        });
    try {
      ready.get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      close();
      throw new IllegalStateException(
          "device " + table + " did not start within 15 s: " + stderr, e);
    }
  }

  /** Sends one command ("set analog-input:3 present-value real 23.5") and waits for its OK. */
  void send(String command) throws Exception {
    stdin.write(command + "\n");
    stdin.flush();
    String reply = replies.poll(10, TimeUnit.SECONDS);
    if (!"OK".equals(reply)) {
      throw new IllegalStateException(command + ": answered " + reply + "; " + stderr);
    }
  }

  /** SubscribeCOV requests it answered. */
  int subscriptions() {
    return subscriptions.get();
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() throws Exception {
    try {
      stdin.close(); // the script stops when stdin closes
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

  private interface Body {
    void run() throws IOException;
  }

  private static void daemon(Body body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (IOException ignored) {
                // the process ended
              }
            });
    t.setDaemon(true);
    t.start();
  }
}
