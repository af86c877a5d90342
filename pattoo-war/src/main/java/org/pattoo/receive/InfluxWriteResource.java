package org.pattoo.receive;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.pattoo.config.Settings;
import org.pattoo.ingest.IngestMetrics;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.StorageException;
import org.pattoo.ingest.Violation;
import org.pattoo.ingest.line.LineProtocolDecoder;
import org.pattoo.ingest.line.LineSeriesCache;
import org.pattoo.ingest.line.LineSource;
import org.pattoo.ingest.line.TimePrecision;

/**
 * InfluxDB's write APIs, so Telegraf's stock outputs can feed pattoo: v2 at {@code
 * /pattoo/api/v2/write?bucket=...} and v1 at {@code /pattoo/write?db=...} (also {@code
 * /pattoo/api/v1/write}). Answers 204 after the commit, as InfluxDB does. The bucket or database
 * name becomes the agent id {@code influx:<name>}; docs/wire-protocol.md has the whole mapping.
 */
@Path("{version: v[12]}/write")
@AgentIngest
public class InfluxWriteResource {

  static final String PROGRAM = "influx";

  /** Line protocol carries no polling interval; this is what new series record. */
  static final long POLLING_INTERVAL_MS = 60_000;

  @Inject private IngestService ingest;
  @Inject private IngestMetrics metrics;
  @Inject private LineSeriesCache seriesCache;
  @Inject private Settings settings;
  @Inject private Clock clock;
  @Context private HttpServletRequest request;

  @POST
  public Response write(
      @PathParam("version") String version,
      @QueryParam("bucket") String bucket,
      @QueryParam("db") String db,
      @QueryParam("precision") String precision,
      @Context HttpHeaders headers,
      InputStream body)
      throws InvalidPayloadException, PayloadTooLargeException, StorageException, IOException {
    String store = version.equals("v2") ? bucket : db;
    String parameter = version.equals("v2") ? "bucket" : "db";
    if (store == null || store.isBlank()) {
      throw new InvalidPayloadException(new Violation(parameter, "query parameter is required"));
    }
    TimePrecision timePrecision =
        TimePrecision.parse(precision)
            .orElseThrow(
                () ->
                    new InvalidPayloadException(
                        new Violation(
                            "precision",
                            "expecting ns, us, ms, s, m or h, found \"" + precision + "\"")));
    long now = clock.millis();
    LineSource source =
        new LineSource(
            PROGRAM + ":" + store,
            PROGRAM,
            request.getRemoteAddr(),
            now,
            timePrecision,
            POLLING_INTERVAL_MS);
    byte[] bytes;
    try (InputStream in = RequestBodies.open(headers, body, settings.ingest().maxBodyBytes())) {
      bytes = RequestBodies.readAll(in);
    }
    SampleBatch batch =
        LineProtocolDecoder.decode(
            bytes, bytes.length, source, settings.ingest().limits(now), seriesCache);
    metrics.accepted("influx", ingest.ingest(batch));
    return Response.noContent().build();
  }
}
