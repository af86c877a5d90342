package org.pattoo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR configured as the ingestion tests need it: tokens required from every client, small
 * limits so the 413 cases stay cheap, and a window wide enough for the spec's 2020 example.
 */
public final class IngestDeployment {

  public static final String TOKEN = "it-secret-token";
  public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
  public static final int MAX_POINTS = 5000;

  private IngestDeployment() {}

  public static EnterpriseArchive ear() {
    return ear("");
  }

  /** The same, with more configuration lines (key=value, newline-terminated). */
  public static EnterpriseArchive ear(String moreConfig) {
    return PattooEar.withConfig(
        new StringAsset(
            moreConfig
                + "pattoo.ingest.max-age=3650d\n"
                + "pattoo.ingest.tokens=it-agent:"
                + sha256(TOKEN)
                + "\n"
                + "pattoo.ingest.open-networks=none\n"
                + "pattoo.ingest.max-body-bytes="
                + MAX_BODY_BYTES
                + "\n"
                + "pattoo.ingest.max-points="
                + MAX_POINTS
                + "\n"));
  }

  /** POSTs pattoo agent JSON with the test token. */
  public static HttpResponse<String> postJson(String agentId, String json) throws Exception {
    return TestServer.post(
        "/pattoo/api/v1/agent/receive/" + agentId,
        json.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "application/json",
        "Authorization",
        "Bearer " + TOKEN);
  }

  /** POSTs line protocol to the Influx v2 endpoint with the test token. */
  public static HttpResponse<String> postLines(String query, String lines) throws Exception {
    return TestServer.post(
        "/pattoo/api/v2/write?" + query,
        lines.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "text/plain; charset=utf-8",
        "Authorization",
        "Token " + TOKEN);
  }

  /** The spec's worked example (original-pattoo.md §2.3), as shipped in docs/examples. */
  public static String workedExample() throws IOException {
    return Files.readString(Path.of("../docs/examples/pattoo-worked-example.json"));
  }

  /**
   * A one-datapoint pattoo post for agent {@code agentId}: key {@code k}, the given type code and
   * JSON value, at {@code ts}.
   */
  public static String datapoint(String agentId, int type, String value, long ts) {
    return """
        {"pattoo_agent_id": "%1$s", "pattoo_agent_polling_interval": 60000,
         "pattoo_agent_timestamp": %4$d,
         "pattoo_datapoints": {"key_value_pairs": {
           "0": ["pattoo_agent_id", "%1$s"], "1": ["pattoo_agent_program", "pattoo_agent_it"],
           "2": ["pattoo_agent_hostname", "it.example.org"],
           "3": ["pattoo_agent_polled_target", "target.example.org"],
           "4": ["pattoo_key", "k"], "5": ["pattoo_data_type", %2$d], "6": ["pattoo_value", %3$s],
           "7": ["pattoo_timestamp", %4$d], "8": ["pattoo_checksum", "c%2$d"]},
          "datapoint_pairs": [[0,1,2,3,4,5,6,7,8]]}}"""
        .formatted(agentId, type, value, ts);
  }

  public static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
