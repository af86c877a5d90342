package org.pattoo.ingest.json;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.Problems;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.SeriesCache;
import org.pattoo.ingest.Violation;
import org.pattoo.json.Jsonp;

/**
 * Decodes the body an original pattoo agent posts (original-pattoo.md §2.2-2.7): the reader checks
 * its structure, stopping at the first structural error; then each datapoint is understood, its
 * errors collected, so a client learns everything at once. Nothing is returned unless all of it is
 * valid.
 */
public final class PattooJsonDecoder {

  private PattooJsonDecoder() {}

  /**
   * Decodes a whole body, finding series described before in {@code seriesCache}.
   *
   * @throws IOException when reading {@code body} fails (a size limit of the caller's, say)
   */
  public static SampleBatch decode(InputStream body, IngestLimits limits, SeriesCache seriesCache)
      throws InvalidPayloadException, PayloadTooLargeException, IOException {
    Problems problems = new Problems();
    PostedBody posted;
    try (JsonParser parser = Jsonp.provider().createParser(body)) {
      posted = new PattooJsonReader(parser, problems, limits.maxPoints()).read();
    } catch (JsonParsingException e) {
      throw new InvalidPayloadException(
          new Violation(
              "$",
              "malformed JSON at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ": "
                  + e.getMessage()));
    } catch (JsonException e) {
      if (e.getCause() instanceof IOException failedRead) {
        throw failedRead;
      }
      throw new InvalidPayloadException(new Violation("$", "unreadable body: " + e.getMessage()));
    }
    problems.throwIfAny();
    SampleBatch batch = new SampleBatch();
    DatapointDecoder datapoints = new DatapointDecoder(posted, limits, problems, seriesCache);
    for (int i = 0; i < posted.datapoints.size(); i++) {
      datapoints.add(batch, i);
    }
    problems.throwIfAny();
    return batch;
  }
}
