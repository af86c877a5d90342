package org.pattoo.query;

import java.util.Map;
import java.util.Optional;

/**
 * Which series to list; every present field must match.
 *
 * @param key the exact key
 * @param keyPrefix the start of the key
 * @param metadata labels the series must all carry, key to value
 */
public record DatapointFilter(
    Optional<String> agentId,
    Optional<String> target,
    Optional<String> key,
    Optional<String> keyPrefix,
    Optional<Integer> dataType,
    Map<String, String> metadata) {

  public DatapointFilter {
    metadata = Map.copyOf(metadata);
  }

  public static final DatapointFilter ALL =
      new DatapointFilter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of());
}
