package org.pattoo.bench.ingest;

/** An ingest format a run posts in: its endpoint, content type and usual batch size. */
public enum Format {
  /** Influx line protocol, Telegraf's: 10,000-point batches are its usual size. */
  LINE("line", "Influx line protocol", "text/plain", 10_000),
  /** The original pattoo agent JSON: agents post a host's 1,000 or so datapoints at a time. */
  PATTOO("pattoo", "pattoo agent JSON", "application/json", 1_000);

  private final String option;
  private final String title;
  private final String contentType;
  private final int defaultBatch;

  Format(String option, String title, String contentType, int defaultBatch) {
    this.option = option;
    this.title = title;
    this.contentType = contentType;
    this.defaultBatch = defaultBatch;
  }

  String title() {
    return title;
  }

  String contentType() {
    return contentType;
  }

  int defaultBatch() {
    return defaultBatch;
  }

  /** Where a run named {@code run} posts: its bucket, or its agent id. */
  String path(String run) {
    return this == LINE
        ? "/api/v2/write?bucket=" + run + "&precision=ms"
        : "/api/v1/agent/receive/" + run;
  }

  byte[] body(Payloads payloads, long batch) {
    return this == LINE ? payloads.lines(batch) : payloads.pattooJson(batch);
  }

  @Override
  public String toString() {
    return option;
  }

  /** Reads {@code --format} by the names the help text gives, in lower case. */
  public static final class Converter extends ByName<Format> {

    public Converter() {
      super(values());
    }
  }
}
