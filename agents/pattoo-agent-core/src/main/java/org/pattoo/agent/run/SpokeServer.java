package org.pattoo.agent.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.WirePayload;

/**
 * Passive mode: polls on request and answers with the batch this agent would have posted, the
 * interval in the path being the one reported (original-pattoo.md §2.10). Unlike the original, a
 * token can be required, so not anyone on the network can read the host's metrics.
 */
final class SpokeServer implements AutoCloseable {

  static final String PATH = "/pattoo-agent-os/";
  private static final Logger LOG = Logger.getLogger(SpokeServer.class.getName());

  private final HttpServer server;
  private final AgentRunner runner;
  private final AgentIdentity identity;
  private final Optional<String> token;
  private final Clock clock;

  SpokeServer(
      String address,
      int port,
      Optional<String> token,
      AgentRunner runner,
      AgentIdentity identity,
      Clock clock)
      throws IOException {
    this.runner = runner;
    this.identity = identity;
    this.token = token;
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(address, port), 16);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newSingleThreadExecutor()); // collectors never run concurrently
    server.start();
    LOG.info(
        "serving "
            + identity.program()
            + " data at http://"
            + address
            + ":"
            + port()
            + PATH
            + "<seconds>"
            + (token.isPresent() ? " with a token" : " without a token"));
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!ex.getRequestMethod().equals("GET") || !path.startsWith(PATH)) {
        reply(ex, 404, "not found: GET " + PATH + "<polling interval in seconds>");
        return;
      }
      if (token.isPresent() && !authorized(ex.getRequestHeaders().getFirst("Authorization"))) {
        reply(ex, 401, "a valid bearer token is required");
        return;
      }
      long seconds;
      try {
        seconds = Long.parseLong(path.substring(PATH.length()));
      } catch (NumberFormatException e) {
        seconds = 0;
      }
      if (seconds < 1 || seconds > 86_400) {
        reply(ex, 400, "expecting a polling interval of 1-86400 seconds in the path");
        return;
      }
      List<TargetData> data = runner.poll();
      AgentIdentity asked =
          new AgentIdentity(
              identity.agentId(), identity.program(), identity.hostname(), seconds * 1000);
      byte[] body = WirePayload.json(asked, clock.millis(), data);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
    }
  }

  private boolean authorized(String header) {
    String expected = "Bearer " + token.orElseThrow();
    return header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static void reply(HttpExchange ex, int status, String text) throws IOException {
    byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
