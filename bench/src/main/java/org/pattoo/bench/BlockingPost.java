package org.pattoo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A POST sent and answered on the caller's thread, over a connection kept alive between requests,
 * as curl sends them: what the benchmarks time. {@link java.net.http.HttpClient} hands each request
 * and answer between its selector and executor threads; on 2 busy cores that added 2.5 ms at p50
 * and 10 ms at p99 to a read the server answers in 1.5 ms (docs/performance.md).
 */
public final class BlockingPost {

  /** An answer's status and body. */
  public record Reply(int status, String body) {}

  private BlockingPost() {}

  /** Sends {@code body} with {@code headers}; a failed connection or read is an IOException. */
  public static Reply send(URI target, Map<String, String> headers, byte[] body)
      throws IOException {
    HttpURLConnection con = (HttpURLConnection) target.toURL().openConnection();
    con.setConnectTimeout(60_000);
    con.setReadTimeout(120_000);
    con.setRequestMethod("POST");
    headers.forEach(con::setRequestProperty);
    con.setDoOutput(true);
    con.setFixedLengthStreamingMode(body.length);
    try (OutputStream out = con.getOutputStream()) {
      out.write(body);
    }
    int status = con.getResponseCode();
    // Read to the end and closed, so the connection goes back to the pool for the next request.
    try (InputStream in = status < 400 ? con.getInputStream() : con.getErrorStream()) {
      return new Reply(
          status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
