package org.pattoo.ingest.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A body as read, before its datapoints are understood: the key-value pairs by id, each datapoint's
 * pair ids, and the polling interval given for all of them.
 */
final class PostedBody {

  /** A pair; {@code reserved} is the reserved key it has, or null. */
  record Pair(String key, Scalar value, ReservedKey reserved) {}

  final PairTable pairs = new PairTable();
  final List<long[]> datapoints = new ArrayList<>();
  long pollingIntervalMs;
}
