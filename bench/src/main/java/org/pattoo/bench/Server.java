package org.pattoo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/** The running server a benchmark talks to: its base URL and the bearer token, if any. */
record Server(String url, Optional<String> token) {

  Server {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException(
          "--url: expecting http://... or https://..., found " + url);
    }
  }

  static Server of(Options opts) {
    return new Server(opts.get("url", "http://localhost:8080/pattoo"), opts.get("token"));
  }

  /** A client per connection; HTTP/1.1 because Payara mishandles the h2c upgrade request. */
  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  URI uri(String path) {
    return URI.create(url + path);
  }

  /** A POST of {@code body} to {@code target}, carrying the token when there is one. */
  HttpRequest post(URI target, String contentType, byte[] body) {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    token.ifPresent(t -> req.header("Authorization", "Bearer " + t));
    return req.build();
  }
}
