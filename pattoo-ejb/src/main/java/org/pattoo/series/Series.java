package org.pattoo.series;

import java.util.List;
import java.util.Objects;

/**
 * What identifies and describes one time series, as an agent reports it. The checksum is the series
 * identity (SHA-512 hex); everything else is stored alongside it. Immutable; what every request
 * asks of it (its identity key, its attributes hash) is worked out once, as decoders reuse
 * instances for steady writers.
 */
public final class Series {

  private final String checksum;
  private final String agentId;
  private final String target;
  private final String program;
  private final String hostname;
  private final String key;
  private final DataType dataType;
  private final long pollingIntervalMs;
  private final List<Label> labels;
  private final SeriesKey identity;
  private final int attributesHash;
  private final int checksumHash;

  /**
   * @param checksum SHA-512 of agent id + polled target + agent-side checksum, 128 hex digits
   * @param key the metric name, prefixed with the agent program ({@code <program>_<key>})
   * @param pollingIntervalMs how often the agent polls this series
   * @param labels metadata pairs, prefixed with the agent program (kept sorted)
   */
  public Series(
      String checksum,
      String agentId,
      String target,
      String program,
      String hostname,
      String key,
      DataType dataType,
      long pollingIntervalMs,
      List<Label> labels) {
    if (!isChecksum(checksum)) {
      throw new IllegalArgumentException("checksum: expecting 128 lower-case hex digits");
    }
    this.checksum = checksum;
    this.agentId = requireText(agentId, "agentId");
    this.target = requireText(target, "target");
    this.program = requireText(program, "program");
    this.hostname = requireText(hostname, "hostname");
    this.key = requireText(key, "key");
    this.dataType = Objects.requireNonNull(dataType, "dataType");
    if (pollingIntervalMs <= 0 || pollingIntervalMs > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "pollingIntervalMs: expecting 1-" + Integer.MAX_VALUE + ", found " + pollingIntervalMs);
    }
    this.pollingIntervalMs = pollingIntervalMs;
    this.labels = labels.stream().sorted().toList();
    this.identity = SeriesKey.of(checksum);
    this.checksumHash = checksum.hashCode();
    this.attributesHash = Objects.hash(pollingIntervalMs, this.labels);
  }

  public String checksum() {
    return checksum;
  }

  public String agentId() {
    return agentId;
  }

  public String target() {
    return target;
  }

  public String program() {
    return program;
  }

  public String hostname() {
    return hostname;
  }

  public String key() {
    return key;
  }

  public DataType dataType() {
    return dataType;
  }

  public long pollingIntervalMs() {
    return pollingIntervalMs;
  }

  public List<Label> labels() {
    return labels;
  }

  /** The checksum in a compact form for maps. */
  public SeriesKey identity() {
    return identity;
  }

  /** The checksum's hash code, kept here so that maps of series need not read the checksum. */
  public int checksumHash() {
    return checksumHash;
  }

  /** Changes here (labels outside the identity, interval) update the stored series. */
  public int attributesHash() {
    return attributesHash;
  }

  @Override
  public String toString() {
    return "Series[" + key + " of " + agentId + "/" + target + ", " + checksum + "]";
  }

  /** 128 lower-case hex digits; a loop, as a regular expression costs more than the rest. */
  private static boolean isChecksum(String text) {
    if (text == null || text.length() != 128) {
      return false;
    }
    for (int i = 0; i < 128; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + ": expecting a non-empty string");
    }
    return value;
  }
}
