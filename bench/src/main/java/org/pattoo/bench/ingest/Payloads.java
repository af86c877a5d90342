package org.pattoo.bench.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Request bodies for synthetic series {@code 0..series-1}: batch {@code b} holds the points {@code
 * b*size .. b*size+size-1} of an endless sequence that visits every series once per round, each
 * round one interval later, so no two points repeat.
 */
final class Payloads {

  private final String agentId;
  private final int series;
  private final int batchSize;
  private final long startMs;
  private final long intervalMs;

  Payloads(String agentId, int series, int batchSize, long startMs, long intervalMs) {
    this.agentId = agentId;
    this.series = series;
    this.batchSize = batchSize;
    this.startMs = startMs;
    this.intervalMs = intervalMs;
  }

  /**
   * The first timestamp for {@code points} points such that the last round lands at most an
   * interval and 5 minutes before now: 7 days of rounds then cover the last 7 days, which the query
   * benchmark reads. It falls on a 5-minute boundary, the server's rollup bucket: when a batch
   * holds whole buckets (the query seed: 10 rounds of 60 s), no two batches mark the same bucket
   * for re-rolling, for a batch that marks a bucket the rollup job is re-rolling waits until the
   * job's transaction ends.
   */
  static long startEndingNow(long points, int series, long intervalMs) {
    long rounds = (points + series - 1) / series;
    long bucketMs = 300_000;
    return (System.currentTimeMillis() - rounds * intervalMs) / bucketMs * bucketMs;
  }

  /** Influx line protocol, millisecond precision: {@code bench,host=h7,s=s123 value=1.5 ts}. */
  byte[] lines(long batch) {
    StringBuilder out = new StringBuilder(batchSize * 48);
    for (long p = batch * batchSize; p < (batch + 1) * batchSize; p++) {
      int s = (int) (p % series);
      out.append("bench,host=h")
          .append(s % 100)
          .append(",s=s")
          .append(s)
          .append(" value=")
          .append(value(p))
          .append(' ')
          .append(timestamp(p))
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The original pattoo agent format, one datapoint per series, pairs shared as agents do. */
  byte[] pattooJson(long batch) {
    StringBuilder pairs = new StringBuilder(batchSize * 160);
    StringBuilder datapoints = new StringBuilder(batchSize * 40);
    pairs
        .append("\"0\":[\"pattoo_agent_id\",\"bench-agent\"],")
        .append("\"1\":[\"pattoo_agent_program\",\"pattoo_agent_bench\"],")
        .append("\"2\":[\"pattoo_agent_hostname\",\"bench.example.org\"],")
        .append("\"3\":[\"pattoo_agent_polling_interval\",\"")
        .append(intervalMs)
        .append("\"]");
    int id = 4;
    for (long p = batch * batchSize; p < (batch + 1) * batchSize; p++) {
      int s = (int) (p % series);
      int first = id;
      pairs
          .append(",\"")
          .append(id++)
          .append("\":[\"pattoo_agent_polled_target\",\"h")
          .append(s % 100)
          .append("\"]")
          .append(",\"")
          .append(id++)
          .append("\":[\"pattoo_key\",\"metric")
          .append(s)
          .append("\"]")
          .append(",\"")
          .append(id++)
          .append("\":[\"pattoo_data_type\",101]")
          .append(",\"")
          .append(id++)
          .append("\":[\"pattoo_value\",")
          .append(value(p))
          .append(']')
          .append(",\"")
          .append(id++)
          .append("\":[\"pattoo_timestamp\",")
          .append(timestamp(p))
          .append(']')
          .append(",\"")
          .append(id++)
          .append("\":[\"pattoo_checksum\",\"c")
          .append(s)
          .append("\"]");
      datapoints.append(datapoints.isEmpty() ? "[" : ",[").append("0,1,2,3");
      for (int i = first; i < id; i++) {
        datapoints.append(',').append(i);
      }
      datapoints.append(']');
    }
    String json =
        "{\"pattoo_agent_id\":\""
            + agentId
            + "\",\"pattoo_agent_polling_interval\":"
            + intervalMs
            + ",\"pattoo_agent_timestamp\":"
            + startMs
            + ",\"pattoo_datapoints\":{\"key_value_pairs\":{"
            + pairs
            + "},\"datapoint_pairs\":["
            + datapoints
            + "]}}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** When a live run may send batch {@code batch}: the timestamp of its last point. */
  long dueMs(long batch) {
    return timestamp((batch + 1) * batchSize - 1);
  }

  private long timestamp(long point) {
    return startMs + (point / series) * intervalMs;
  }

  /**
   * Values shaped like a host's metrics, a quarter of the series each: a byte counter, a gauge that
   * rarely changes, a two-decimal load that wanders, and a small whole number that jitters. They
   * vary from round to round as real data does, so stored bytes per sample mean something.
   */
  double value(long point) {
    int s = (int) (point % series);
    long round = point / series;
    long noise = mix(point) & 0xFFFF; // 0..65535, a pure function of the point
    return switch (s % 4) {
      case 0 -> round * 1_500 + noise % 1_000; // steps of 501..2,499: never decreases
      case 1 -> s % 100 + round / 360; // a step an hour at 10 s
      case 2 -> Math.round((s % 100) * 100 + 500 * Math.sin(round / 60.0) + noise % 200) / 100.0;
      default -> 100 + noise % 5;
    };
  }

  /** SplitMix64's finalizer: a well-spread hash of the point's number. */
  private static long mix(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
