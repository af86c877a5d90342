package org.pattoo.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What identifies and describes one time series, as an agent reports it. The checksum is the series
 * identity (SHA-512 hex); everything else is stored alongside it.
 *
 * @param checksum SHA-512 of agent id + polled target + agent-side checksum, 128 hex digits
 * @param key the metric name, prefixed with the agent program ({@code <program>_<key>})
 * @param pollingIntervalMs how often the agent polls this series
 * @param labels metadata pairs, sorted, prefixed with the agent program
 */
public record Series(
    String checksum,
    String agentId,
    String target,
    String program,
    String hostname,
    String key,
    DataType dataType,
    long pollingIntervalMs,
    List<Label> labels) {

  public Series {
    if (checksum == null || !checksum.matches("[0-9a-f]{128}")) {
      throw new IllegalArgumentException("checksum: expecting 128 lower-case hex digits");
    }
    requireText(agentId, "agentId");
    requireText(target, "target");
    requireText(program, "program");
    requireText(hostname, "hostname");
    requireText(key, "key");
    Objects.requireNonNull(dataType, "dataType");
    if (pollingIntervalMs <= 0 || pollingIntervalMs > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "pollingIntervalMs: expecting 1-" + Integer.MAX_VALUE + ", found " + pollingIntervalMs);
    }
    labels = labels.stream().sorted().toList();
  }

  /** Changes here (labels outside the identity, interval) update the stored series. */
  public int attributesHash() {
    return Objects.hash(pollingIntervalMs, labels);
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + ": expecting a non-empty string");
    }
  }
}
