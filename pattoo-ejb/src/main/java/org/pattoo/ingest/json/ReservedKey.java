package org.pattoo.ingest.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pair keys an original agent reserves (original-pattoo.md §2.3-2.5). A pair's key is looked up
 * once, when the pair is read; datapoints share pairs, and a datapoint then files its pairs by
 * ordinal without hashing a key again.
 */
enum ReservedKey {
  KEY("pattoo_key", true),
  VALUE("pattoo_value", true),
  DATA_TYPE("pattoo_data_type", true),
  TIMESTAMP("pattoo_timestamp", true),
  CHECKSUM("pattoo_checksum", true),
  METADATA("pattoo_metadata", false),
  AGENT_ID("pattoo_agent_id", true),
  AGENT_PROGRAM("pattoo_agent_program", true),
  AGENT_HOSTNAME("pattoo_agent_hostname", true),
  AGENT_POLLED_TARGET("pattoo_agent_polled_target", true),
  AGENT_POLLING_INTERVAL("pattoo_agent_polling_interval", false);

  /** The keys a datapoint must have, in the order their absence is reported. */
  static final List<ReservedKey> REQUIRED =
      Arrays.stream(values()).filter(k -> k.required).toList();

  private static final Map<String, ReservedKey> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toMap(k -> k.key, Function.identity()));

  final String key;
  private final boolean required;

  ReservedKey(String key, boolean required) {
    this.key = key;
    this.required = required;
  }

  /** The reserved key {@code key} is, or null. */
  static ReservedKey of(String key) {
    return BY_KEY.get(key);
  }
}
