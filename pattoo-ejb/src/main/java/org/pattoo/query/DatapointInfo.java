package org.pattoo.query;

import java.util.Map;
import java.util.Optional;

/**
 * One stored series as the APIs show it.
 *
 * @param key the stored key, prefixed with the agent program
 * @param metadata labels, key to value
 * @param latestTimestamp epoch ms of the newest sample, if any
 * @param latestValue the newest sample, numeric as text, or the string sample
 */
public record DatapointInfo(
    long idxDatapoint,
    String checksum,
    String key,
    int dataType,
    long pollingInterval,
    String agentId,
    String target,
    String program,
    String hostname,
    Map<String, String> metadata,
    Optional<Long> latestTimestamp,
    Optional<String> latestValue) {}
