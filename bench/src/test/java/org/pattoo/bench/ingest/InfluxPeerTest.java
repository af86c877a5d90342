package org.pattoo.bench.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pattoo.bench.BlockingPost;

/** What InfluxDB is sent: InfluxDB 1.x's write API, at the precision the bodies are in. */
class InfluxPeerTest {

  @Test
  void writesToTheDatabaseAtMillisecondPrecisionWithoutAToken() throws Exception {
    // A loopback HTTP server stands in for InfluxDB and keeps what it was sent.
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> received = new ArrayList<>();
    server.createContext(
        "/",
        exchange -> {
          received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          received.add(exchange.getRequestHeaders().getFirst("Content-Type"));
          received.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          received.add(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Target target = new InfluxPeer(url, "pattoo_bench", Optional.empty()).target();
      String body = "bench,host=h0,s=s0 value=0.0 1000000\n";

      BlockingPost.Reply reply = target.post().post(body.getBytes(UTF_8));

      assertThat(target.system()).isEqualTo("InfluxDB");
      assertThat(reply.status()).isEqualTo(204);
      assertThat(received)
          .containsExactly("POST /write?db=pattoo_bench&precision=ms", "text/plain", "null", body);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aDatabaseNameIsEscapedInTheQuery() {
    InfluxPeer peer = new InfluxPeer("http://127.0.0.1:18086", "a b&c", Optional.empty());

    assertThat(peer.target().uri().toString())
        .isEqualTo("http://127.0.0.1:18086/write?db=a+b%26c&precision=ms");
  }

  @Test
  void storageIsMeasuredOnlyWhenItsFolderIsGiven() {
    assertThat(new InfluxPeer("http://x", "d", Optional.empty()).storage()).isEmpty();
    assertThat(new InfluxPeer("http://x", "d", Optional.of(Path.of("/tmp/i"))).storage())
        .isPresent();
  }
}
