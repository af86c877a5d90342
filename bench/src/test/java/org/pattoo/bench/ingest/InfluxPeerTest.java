package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What InfluxDB is sent: InfluxDB 1.x's write API, at the precision the bodies are in. */
class InfluxPeerTest {

  @Test
  void writesToTheDatabaseAtMillisecondPrecisionWithoutAToken() {
    InfluxPeer peer = new InfluxPeer("http://127.0.0.1:18086", "pattoo_bench", Optional.empty());
    byte[] body = "bench,host=h0,s=s0 value=0.0 1000000\n".getBytes();

    Target target = peer.target();
    HttpRequest request = target.post().apply(body);

    assertThat(target.system()).isEqualTo("InfluxDB");
    assertThat(request.uri())
        .isEqualTo(URI.create("http://127.0.0.1:18086/write?db=pattoo_bench&precision=ms"));
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.headers().firstValue("Content-Type")).contains("text/plain");
    assertThat(request.headers().firstValue("Authorization")).isEmpty();
    assertThat(request.bodyPublisher().orElseThrow().contentLength()).isEqualTo(body.length);
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
