package org.pattoo.ingest.line;

/**
 * Who posted a line-protocol body, which the format itself does not say.
 *
 * @param agentId our agent id for the writer, e.g. {@code influx:telegraf} for bucket telegraf
 * @param program the agent program that prefixes keys, {@code influx}
 * @param defaultTarget the polled target when a line has no {@code host} tag: the client address
 * @param receivedAt epoch ms for lines without a timestamp
 * @param precision how line timestamps are written
 * @param pollingIntervalMs the interval recorded for new series
 */
public record LineSource(
    String agentId,
    String program,
    String defaultTarget,
    long receivedAt,
    TimePrecision precision,
    long pollingIntervalMs) {

  /** What makes series identities differ between sources (the cache key prefix). */
  String identityPrefix() {
    return agentId + '\u0000' + program + '\u0000' + defaultTarget + '\u0000' + pollingIntervalMs;
  }
}
