package org.pattoo.ingest.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A body's pairs by id. Agents number them 0, 1, 2, ..., so such ids index an array; a {@code
 * HashMap<Long, Pair>} boxed and hashed every id twice (once read, once per datapoint that refers
 * to it), a fifth of decoding a body. An id far beyond the pairs read so far goes to a map, so a
 * body cannot make the array larger than a few times its pairs.
 */
final class PairTable {

  private PostedBody.Pair[] dense = new PostedBody.Pair[64];
  private final Map<Long, PostedBody.Pair> sparse = new HashMap<>();
  private int count;

  /** The pair with {@code id}, or null. */
  PostedBody.Pair get(long id) {
    if (id >= 0 && id < dense.length) {
      PostedBody.Pair pair = dense[(int) id];
      if (pair != null) {
        return pair;
      }
    }
    return sparse.isEmpty() ? null : sparse.get(id);
  }

  /** Files {@code pair} under {@code id}; a later pair with the same id replaces it. */
  void put(long id, PostedBody.Pair pair) {
    count++;
    if (id >= 0 && id < 2L * count + 1024) {
      if (id >= dense.length) {
        dense = Arrays.copyOf(dense, (int) Math.max(id + 1, 2L * dense.length));
      }
      sparse.remove(id);
      dense[(int) id] = pair;
    } else {
      sparse.put(id, pair);
    }
  }
}
