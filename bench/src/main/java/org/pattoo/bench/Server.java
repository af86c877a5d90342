package org.pattoo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The running server the benchmarks talk to: its base URL and the two bearer tokens, the agent
 * token for posting data and the read-only API token for GraphQL and {@code /metrics}. A class, not
 * a record, so no generated {@code toString} can ever print a token.
 */
public final class Server {

  private final String url;
  private final Optional<String> agentToken;
  private final String apiToken;

  /** {@code url} without a trailing slash, as {@link ServerOptions} hands it over. */
  Server(String url, Optional<String> agentToken, String apiToken) {
    this.url = url;
    this.agentToken = agentToken;
    this.apiToken = apiToken;
  }

  /** A client per connection; HTTP/1.1 because Payara mishandles the h2c upgrade request. */
  public static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  public URI uri(String path) {
    return URI.create(url + path);
  }

  /** A POST of data points, with the agent token when there is one (loopback may need none). */
  public HttpRequest agentPost(URI target, String contentType, byte[] body) {
    HttpRequest.Builder req = post(target, contentType, body);
    agentToken.ifPresent(t -> req.header("Authorization", "Bearer " + t));
    return req.build();
  }

  /** A POST to the web API, with the API token. */
  public HttpRequest apiPost(URI target, String contentType, byte[] body) {
    return post(target, contentType, body).header("Authorization", "Bearer " + apiToken).build();
  }

  /**
   * POSTs to the web API with the API token, on the caller's thread, and returns the body of its
   * 200 answer: what a latency benchmark times. {@link HttpClient} hands each answer between its
   * selector and executor threads; on 2 busy cores that added 2.5 ms at p50 and 10 at p99 to a read
   * the server answers in 1.5 ms (curl, keep-alive). Connections are kept alive as with curl.
   */
  public String apiPostBlocking(URI target, String contentType, byte[] body) {
    String what = "POST " + target;
    try {
      HttpURLConnection con = (HttpURLConnection) target.toURL().openConnection();
      con.setConnectTimeout(60_000);
      con.setReadTimeout(120_000);
      con.setRequestMethod("POST");
      con.setRequestProperty("Content-Type", contentType);
      con.setRequestProperty("Authorization", "Bearer " + apiToken);
      con.setDoOutput(true);
      con.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = con.getOutputStream()) {
        out.write(body);
      }
      int status = con.getResponseCode();
      String text;
      try (InputStream in = status < 400 ? con.getInputStream() : con.getErrorStream()) {
        text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status != 200) {
        throw new IllegalStateException(what + ": HTTP " + status + " " + excerpt(text));
      }
      return text;
    } catch (IOException e) {
      throw new IllegalStateException(what + ": " + e, e);
    }
  }

  /** A GET from the web API, with the API token. */
  public HttpRequest apiGet(URI target) {
    return HttpRequest.newBuilder(target)
        .timeout(Duration.ofMinutes(1))
        .header("Authorization", "Bearer " + apiToken)
        .GET()
        .build();
  }

  private static HttpRequest.Builder post(URI target, String contentType, byte[] body) {
    return HttpRequest.newBuilder(target)
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /**
   * Sends {@code request} and returns the body of its 200 answer; a failed request or another
   * status fails the benchmark, naming the request: a benchmark that went on would measure nothing.
   */
  public static String send(HttpClient http, HttpRequest request) throws InterruptedException {
    String what = request.method() + " " + request.uri();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(what + ": " + e, e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          what + ": HTTP " + response.statusCode() + " " + excerpt(response.body()));
    }
    return response.body();
  }

  /** The start of a text an error message quotes, so a whole error page never floods the screen. */
  public static String excerpt(String text) {
    String trimmed = text.strip();
    return trimmed.length() <= 300 ? trimmed : trimmed.substring(0, 300) + "...";
  }

  @Override
  public String toString() {
    return url;
  }
}
