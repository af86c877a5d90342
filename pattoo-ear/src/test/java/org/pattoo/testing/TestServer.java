package org.pattoo.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The managed test server's HTTP side and log, from the system properties ./pattoo test passes:
 * Payara's test domain or WildFly's test server, whichever this leg runs on ({@code it.server}).
 */
public final class TestServer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestServer() {}

  public static int httpPort() {
    return Integer.parseInt(System.getProperty("it.http.port"));
  }

  public static URI uri(String path) {
    return URI.create("http://localhost:" + httpPort() + path);
  }

  /** The server's main log file (Payara's server.log, WildFly's log/server.log). */
  public static Path log() {
    return Path.of(System.getProperty("it.server.log"));
  }

  public static boolean isWildFly() {
    return "wildfly".equals(System.getProperty("it.server"));
  }

  /** GET with a bounded wait; the body is returned as text. */
  public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** GET with this Authorization header value. */
  public static HttpResponse<String> getAs(String authorization, String path)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET());
  }

  /** POST of bytes; {@code headers} are name, value pairs. */
  public static HttpResponse<String> post(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
