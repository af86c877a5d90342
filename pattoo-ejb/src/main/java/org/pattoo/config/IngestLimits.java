package org.pattoo.config;

import java.time.Instant;

/**
 * The bounds one request is checked against, fixed when the request arrives.
 *
 * @param maxPoints most data points in one request
 * @param maxStringLength longest key, label or string value, in characters
 * @param minTimestamp oldest accepted sample time, epoch ms
 * @param maxTimestamp newest accepted sample time, epoch ms
 */
public record IngestLimits(
    int maxPoints, int maxStringLength, long minTimestamp, long maxTimestamp) {

  public IngestLimits {
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints: expecting at least 1, found " + maxPoints);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("maxStringLength: expecting at least 1");
    }
    if (minTimestamp > maxTimestamp) {
      throw new IllegalArgumentException("minTimestamp: must not be after maxTimestamp");
    }
  }

  /** Null when the timestamp is accepted, else the message saying why not. */
  public String timestampProblem(long ts) {
    if (ts >= minTimestamp && ts <= maxTimestamp) {
      return null;
    }
    return ts
        + " ("
        + Instant.ofEpochMilli(ts)
        + ") is outside the accepted window "
        + Instant.ofEpochMilli(minTimestamp)
        + " to "
        + Instant.ofEpochMilli(maxTimestamp)
        + " (pattoo.ingest.max-age, pattoo.ingest.max-future)";
  }

  /** Null when the text is short enough, else the message saying why not. */
  public String lengthProblem(String text) {
    return text.length() <= maxStringLength
        ? null
        : "longer than "
            + maxStringLength
            + " characters (pattoo.ingest.max-string-length): "
            + text.length();
  }
}
