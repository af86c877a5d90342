package org.pattoo.query;

import java.util.Map;
import java.util.Optional;

/**
 * One stored series as the APIs show it.
 *
 * @param key the stored key, prefixed with the agent program
 * @param metadata labels, key to value
 * @param label the key's translation in the configured language, if one exists
 * @param units the units of that translation, if one exists
 */
public record DatapointInfo(
    long idxDatapoint,
    String checksum,
    String key,
    int dataType,
    long pollingInterval,
    boolean enabled,
    String agentId,
    String target,
    String program,
    String hostname,
    Map<String, String> metadata,
    Optional<String> label,
    Optional<String> units) {}
