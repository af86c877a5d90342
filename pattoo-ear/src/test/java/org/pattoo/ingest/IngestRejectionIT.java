package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pattoo.testing.IngestDeployment.datapoint;
import static org.pattoo.testing.IngestDeployment.postJson;
import static org.pattoo.testing.IngestDeployment.postLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;

/**
 * Every class of bad input gets its status and a problem answer naming what is wrong, and changes
 * nothing in the database (checked after each test).
 */
@ExtendWith(ArquillianExtension.class)
class IngestRejectionIT {

  static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  long samplesBefore;
  long seriesBefore;

  @BeforeEach
  void countRows() throws Exception {
    samplesBefore = TestDatabase.totalSamples();
    seriesBefore = TestDatabase.totalSeries();
  }

  @AfterEach
  void nothingWasWritten() throws Exception {
    assertThat(TestDatabase.totalSamples()).as("samples").isEqualTo(samplesBefore);
    assertThat(TestDatabase.totalSeries()).as("series").isEqualTo(seriesBefore);
  }

  static long now() {
    return System.currentTimeMillis();
  }

  /** A valid datapoint, with only the headers a test varies. */
  static HttpResponse<String> postValidDatapoint(String... headers) throws Exception {
    return TestServer.post(
        "/pattoo/api/v1/agent/receive/x",
        datapoint("it-bad", 99, "1", now()).getBytes(StandardCharsets.UTF_8),
        headers);
  }

  static void assertProblem(HttpResponse<String> r, int status, String... fragments) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    assertThat(r.body())
        .contains("\"status\":" + status)
        .contains(fragments)
        .doesNotContain("\tat ");
  }

  @Test
  void malformedJsonIs400() throws Exception {
    assertProblem(postJson("bad", "{\"pattoo_agent_id\": "), 400, "malformed JSON at line 1");
  }

  @Test
  void missingTopLevelKeysAre400() throws Exception {
    assertProblem(
        postJson("bad", "{\"pattoo_agent_id\": \"x\"}"),
        400,
        "\"where\":\"$\",\"message\":\"missing key pattoo_datapoints\"");
  }

  @Test
  void unknownPairIdIs400() throws Exception {
    String json = datapoint("it-bad", 99, "1", now()).replace("7,8]]", "7,8,99]]");

    assertProblem(postJson("bad", json), 400, "unknown pair id 99");
  }

  @Test
  void nonNumericValueForANumericTypeIs400() throws Exception {
    assertProblem(
        postJson("bad", datapoint("it-bad", 101, "\"warm\"", now())),
        400,
        "pattoo_value: expecting a number for data type 101 (float), found \\\"warm\\\"");
  }

  @Test
  void unknownTypeCodeIs400() throws Exception {
    assertProblem(
        postJson("bad", datapoint("it-bad", 7, "1", now())),
        400,
        "pattoo_data_type: expecting one of 2, 32, 64, 99, 101, found 7");
  }

  @Test
  void timestampOutsideTheWindowIs400() throws Exception {
    long tomorrow = now() + 86_400_000;

    assertProblem(
        postJson("bad", datapoint("it-bad", 99, "1", tomorrow)),
        400,
        "is outside the accepted window");
  }

  @Test
  void oneBadDatapointRejectsTheWholeRequest() throws Exception {
    String good = datapoint("it-bad", 99, "1", now());
    String twoDatapoints =
        good.replace(
                "\"8\": [\"pattoo_checksum\", \"c99\"]}",
                "\"8\": [\"pattoo_checksum\"," + " \"c99\"], \"9\": [\"pattoo_value\", \"x\"]}")
            .replace("[[0,1,2,3,4,5,6,7,8]]", "[[0,1,2,3,4,5,6,7,8],[0,1,2,3,4,5,9,7,8]]");

    assertProblem(postJson("bad", twoDatapoints), 400, "datapoint_pairs[1]");
  }

  @Test
  void malformedLineProtocolIs400WithTheLineNumber() throws Exception {
    assertProblem(
        postLines("bucket=it-bad", "cpu idle=1\ncpu idle=oops\n"), 400, "\"where\":\"line 2\"");
  }

  @Test
  void missingBucketIs400() throws Exception {
    assertProblem(postLines("org=x", "cpu idle=1"), 400, "query parameter is required");
  }

  @Test
  void tooManyDatapointsIs413() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i <= IngestDeployment.MAX_POINTS; i++) {
      lines.append("m,n=").append(i).append(" v=1\n");
    }

    assertProblem(
        postLines("bucket=it-bad", lines.toString()),
        413,
        "more than " + IngestDeployment.MAX_POINTS + " data points");
  }

  @Test
  void tenMegabyteBodyIs413AndTheServerCarriesOn() throws Exception {
    byte[] body = ("m v=1\n".repeat(10 * 1024 * 1024 / 6)).getBytes(StandardCharsets.US_ASCII);

    // As careful clients do for big uploads, ask before sending, and send the body only after a
    // 100 Continue. WildFly answers 413 at once; Payara says 100 Continue and answers 413 while
    // the body comes. Over a bare socket: the JDK's client with expectContinue waits forever for
    // the response when the server answers 413 at once and closes the connection.
    try (Socket socket = new Socket("localhost", TestServer.httpPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /pattoo/api/v2/write?bucket=it-bad HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Token "
                  + IngestDeployment.TOKEN
                  + "\r\nContent-Type: text/plain\r\nContent-Length: "
                  + body.length
                  + "\r\nExpect: 100-continue\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = head(in);
      if (head.startsWith("HTTP/1.1 100 ")) {
        Thread upload = new Thread(() -> sendIgnoringAReset(out, body), "it-upload");
        upload.start();
        head = head(in);
        upload.join(30_000);
      }
      String response = head + contentOf(in, head);

      assertThat(response).startsWith("HTTP/1.1 413 ");
      assertThat(response.toLowerCase(Locale.ROOT)).contains("content-type: " + PROBLEM);
      assertThat(response)
          .contains("\"status\":413")
          .contains("body larger than " + IngestDeployment.MAX_BODY_BYTES + " bytes");
    }
    assertThat(TestServer.get("/pattoo/api/v1/agent/status").statusCode()).isEqualTo(200);
  }

  /** The server may stop reading once it has answered: the rest of the body does not matter. */
  private static void sendIgnoringAReset(OutputStream out, byte[] body) {
    try {
      out.write(body);
      out.flush();
    } catch (IOException e) {
      // the connection was closed after the 413; nothing to do
    }
  }

  /** One HTTP/1.1 response head, up to and with its blank line. */
  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      assertThat(b).as("response head so far: %s", head).isNotNegative();
      head.append((char) b);
    }
    return head.toString();
  }

  /** As many body bytes as the head's Content-Length says. */
  private static String contentOf(InputStream in, String head) throws IOException {
    Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
    assertThat(length.find()).as("Content-Length in %s", head).isTrue();
    return new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
  }

  @Test
  void gzipBombIsCutAtTheLimit() throws Exception {
    byte[] bomb = IngestDeployment.gzip("m v=1\n".repeat(20 * 1024 * 1024 / 6));

    HttpResponse<String> r =
        TestServer.post(
            "/pattoo/api/v2/write?bucket=it-bad",
            bomb,
            "Content-Encoding",
            "gzip",
            "Authorization",
            "Token " + IngestDeployment.TOKEN);

    assertThat(bomb.length).isLessThan(IngestDeployment.MAX_BODY_BYTES);
    assertProblem(r, 413, "body larger than");
  }

  @Test
  void wrongContentTypeIs415() throws Exception {
    HttpResponse<String> r =
        postValidDatapoint(
            "Content-Type", "text/plain", "Authorization", "Bearer " + IngestDeployment.TOKEN);

    assertProblem(r, 415, "application/json");
  }

  @Test
  void missingTokenIs401() throws Exception {
    HttpResponse<String> r = postValidDatapoint("Content-Type", "application/json");

    assertProblem(r, 401, "a bearer token is required");
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"pattoo\"");
  }

  @Test
  void wrongTokenIs401() throws Exception {
    HttpResponse<String> r =
        TestServer.post(
            "/pattoo/api/v2/write?bucket=it-bad",
            "cpu idle=1".getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Token not-the-token");

    assertProblem(r, 401, "invalid agent token");
  }
}
