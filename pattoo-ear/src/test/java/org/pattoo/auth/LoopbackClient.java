package org.pattoo.auth;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.pattoo.testing.TestServer;

/**
 * A login sent from a chosen loopback address (127.0.0.0/8), so a test can be a client other than
 * 127.0.0.1. Java's HTTP client cannot pick its source address; this writes HTTP/1.1 by hand.
 */
final class LoopbackClient {

  private LoopbackClient() {}

  static JsonObject login(String fromAddress, String username, String password) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add(
                "query",
                "mutation($u: String!, $p: String!) { login(username: $u, password: $p) {"
                    + " accessToken } }")
            .add("variables", Json.createObjectBuilder().add("u", username).add("p", password))
            .build()
            .toString();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int port = TestServer.httpPort();
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(30_000);
      socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /pattoo/api/v1/web/graphql HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
      String json = response.substring(response.indexOf("\r\n\r\n") + 4);
      if (response.toLowerCase().contains("transfer-encoding: chunked")) {
        json = json.substring(json.indexOf('{'), json.lastIndexOf('}') + 1);
      }
      try (var reader = Json.createReader(new StringReader(json))) {
        return reader.readObject();
      }
    }
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
