package org.pattoo.ingest.line;

import java.util.ArrayList;
import java.util.List;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.InvalidPayloadException;
import org.pattoo.ingest.PayloadTooLargeException;
import org.pattoo.ingest.Problems;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.ingest.Violation;
import org.pattoo.ingest.line.LineScanner.Field;
import org.pattoo.series.DataType;

/**
 * Decodes InfluxDB line protocol ({@code measurement,tag=v field=1.5,n=3i 1700000000000000000})
 * into samples. Lines are independent: every bad line is reported with its number, and nothing is
 * stored unless all lines are good.
 */
public final class LineProtocolDecoder {

  private final LineScanner scanner;
  private final LineSource source;
  private final IngestLimits limits;
  private final LineSeries series;
  private final SampleBatch batch = new SampleBatch();
  private final Problems problems = new Problems();
  private final List<Field> fields = new ArrayList<>();
  private int points;

  private LineProtocolDecoder(
      byte[] body, int length, LineSource source, IngestLimits limits, LineSeriesCache cache) {
    this.scanner = new LineScanner(body, length);
    this.source = source;
    this.limits = limits;
    this.series = new LineSeries(source, limits, cache);
  }

  /** Decodes {@code body[0, length)}, finding series parsed before in {@code cache}. */
  public static SampleBatch decode(
      byte[] body, int length, LineSource source, IngestLimits limits, LineSeriesCache cache)
      throws InvalidPayloadException, PayloadTooLargeException {
    return new LineProtocolDecoder(body, length, source, limits, cache).run();
  }

  private SampleBatch run() throws InvalidPayloadException, PayloadTooLargeException {
    while (scanner.nextLine()) {
      try {
        readLine();
      } catch (LineError e) {
        problems.add("line " + scanner.line(), e.getMessage());
      }
    }
    problems.throwIfAny();
    if (batch.size() == 0) {
      throw new InvalidPayloadException(new Violation("body", "no data points"));
    }
    return batch;
  }

  private void readLine() throws LineError, PayloadTooLargeException {
    if (scanner.isBlankOrComment()) {
      return;
    }
    int headFrom = scanner.position();
    int headTo = scanner.headEnd();
    int headHash = FieldKey.headHash(scanner.body(), headFrom, headTo);
    scanner.moveTo(headTo);
    scanner.expectSpace("a space before the fields");
    fields.clear();
    do {
      Field f = scanner.field();
      if (f.type() == DataType.STRING) {
        series.checked(f.text(), "field " + scanner.text(f.keyFrom(), f.keyTo()));
      }
      fields.add(f);
    } while (skipped(','));
    long timestamp = source.receivedAt();
    if (scanner.hasMore()) {
      scanner.expectSpace("a space before the timestamp");
      timestamp = scanner.timestamp(source.precision());
    }
    String problem = limits.timestampProblem(timestamp);
    if (problem != null) {
      throw new LineError("timestamp " + problem);
    }
    for (Field f : fields) {
      if (++points > limits.maxPoints()) {
        throw new PayloadTooLargeException(
            "more than "
                + limits.maxPoints()
                + " data points in one request (pattoo.ingest.max-points)");
      }
      int s = batch.indexOf(series.of(scanner, headFrom, headTo, headHash, f));
      if (f.type() == DataType.STRING) {
        batch.addText(s, timestamp, f.text());
      } else {
        batch.addNumber(s, timestamp, f.number());
      }
    }
  }

  private boolean skipped(char c) {
    if (scanner.at(c)) {
      scanner.skip();
      return true;
    }
    return false;
  }
}
