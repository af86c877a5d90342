package org.pattoo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /**
   * POSTs to the web API with the API token, on the caller's thread ({@link BlockingPost}), and
   * returns the body of its 200 answer; anything else fails the benchmark, naming the request.
   */
  public String apiPost(URI target, String contentType, byte[] body) {
    String what = "POST " + target;
    BlockingPost.Reply reply;
    try {
      reply =
          BlockingPost.send(
              target,
              Map.of("Content-Type", contentType, "Authorization", "Bearer " + apiToken),
              body);
    } catch (IOException e) {
      throw new IllegalStateException(what + ": " + e, e);
    }
    return okBody(what, reply.status(), reply.body());
  }

  /**
   * POSTs data points on the caller's thread ({@link BlockingPost}), with the agent token when
   * there is one.
   */
  public BlockingPost.Reply agentPost(URI target, String contentType, byte[] body)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    agentToken.ifPresent(t -> headers.put("Authorization", "Bearer " + t));
    return BlockingPost.send(target, headers, body);
  }

  /** A GET from the web API, with the API token. */
  public HttpRequest apiGet(URI target) {
    return HttpRequest.newBuilder(target)
        .timeout(Duration.ofMinutes(1))
        .header("Authorization", "Bearer " + apiToken)
        .GET()
        .build();
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
    return okBody(what, response.statusCode(), response.body());
  }

  /**
   * {@code body} when {@code status} is 200; otherwise the benchmark fails, naming {@code what}.
   */
  private static String okBody(String what, int status, String body) {
    if (status != 200) {
      throw new IllegalStateException(what + ": HTTP " + status + " " + excerpt(body));
    }
    return body;
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
