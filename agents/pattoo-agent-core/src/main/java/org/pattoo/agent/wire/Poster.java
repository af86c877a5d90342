package org.pattoo.agent.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** Posts one wire payload, gzipped, to the server's agent endpoint and says what became of it. */
public final class Poster {

  /** The server's verdict on a batch. */
  public enum Outcome {
    /** Stored (2xx): forget it. */
    ACCEPTED,
    /** Refused for what it holds (400, 413, 415, 422): kept aside with the answer, not resent. */
    REJECTED,
    /**
     * Anything else: no answer, 5xx, and also 401/403/404, which a wrong token or a server still
     * starting give: keep it and resend later, since the data itself is fine.
     */
    RETRY
  }

  /** The outcome and, when there was one, the server's status and answer or the error. */
  public record Result(Outcome outcome, String detail) {}

  private static final java.util.Set<Integer> REFUSED_FOR_CONTENT =
      java.util.Set.of(400, 413, 415, 422);

  private final HttpClient http;
  private final URI receive;
  private final Optional<String> token;

  public Poster(URI serverUrl, String agentId, Optional<String> token, Duration timeout) {
    this(serverUrl, agentId, token, timeout, Optional.empty());
  }

  /** With {@code tls}, https to a server whose certificate a private CA signed. */
  public Poster(
      URI serverUrl,
      String agentId,
      Optional<String> token,
      Duration timeout,
      Optional<javax.net.ssl.SSLContext> tls) {
    HttpClient.Builder builder =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
    tls.ifPresent(builder::sslContext);
    this.http = builder.build();
    this.receive =
        URI.create(serverUrl.toString().replaceAll("/+$", "") + "/api/v1/agent/receive/" + agentId);
    this.token = token;
  }

  public URI url() {
    return receive;
  }

  public Result post(byte[] payload) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(receive)
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/json")
              .header("Content-Encoding", "gzip")
              .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(payload)));
      token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = r.statusCode();
      Outcome outcome =
          status / 100 == 2
              ? Outcome.ACCEPTED
              : REFUSED_FOR_CONTENT.contains(status) ? Outcome.REJECTED : Outcome.RETRY;
      return new Result(outcome, status + " " + r.body());
    } catch (IOException e) {
      return new Result(Outcome.RETRY, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(Outcome.RETRY, "interrupted");
    }
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    }
    return out.toByteArray();
  }
}
