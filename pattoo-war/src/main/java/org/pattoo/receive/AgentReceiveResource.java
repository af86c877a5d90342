package org.pattoo.receive;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.pattoo.config.IngestLimits;
import org.pattoo.config.Settings;
import org.pattoo.ingest.IngestMetrics;
import org.pattoo.ingest.IngestResult;
import org.pattoo.ingest.IngestService;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.SeriesCache;
import org.pattoo.ingest.StorageException;
import org.pattoo.ingest.json.PattooJsonDecoder;
import org.pattoo.json.Jsonp;

/**
 * The original pattoo agents' endpoint (original-pattoo.md §2.1). They count only HTTP 200 as
 * success, which we answer after the batch is committed, with a summary of what was stored.
 */
@Path("v1/agent/receive/{agentId}")
@AgentIngest
public class AgentReceiveResource {

  @Inject private IngestService ingest;
  @Inject private IngestMetrics metrics;
  @Inject private Settings settings;
  @Inject private Clock clock;
  @Inject private SeriesCache seriesCache;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public String receive(
      @PathParam("agentId") String agentId, @Context HttpHeaders headers, InputStream body)
      throws InvalidPayloadException, PayloadTooLargeException, StorageException, IOException {
    MediaType contentType = headers.getMediaType();
    if (contentType == null || !contentType.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      throw new NotSupportedException(
          "Content-Type " + contentType + " is not supported here, send application/json");
    }
    SampleBatch batch;
    try (InputStream in = RequestBodies.open(headers, body, settings.ingest().maxBodyBytes())) {
      IngestLimits limits = settings.ingest().limits(clock.millis());
      batch =
          RequestBodies.decode(in, stream -> PattooJsonDecoder.decode(stream, limits, seriesCache));
    }
    IngestResult result = ingest.ingest(batch);
    metrics.accepted("pattoo", result);
    return Jsonp.object()
        .add("accepted", result.accepted())
        .add("stored", result.stored())
        .add("duplicates", result.duplicates())
        .add("unchanged", result.unchanged())
        .add("new_series", result.newSeries())
        .build()
        .toString();
  }
}
