package org.pattoo.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The managed test domain's HTTP side, from the system properties ./pattoo test passes. */
public final class TestServer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer() {}

  public static URI uri(String path) {
    return URI.create("http://localhost:" + System.getProperty("payara.http.port") + path);
  }

  /** GET with a bounded wait; the body is returned as text. */
  public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
