package org.pattoo.bench.query;

import jakarta.json.JsonObject;
import java.util.Random;

/** One kind of read the query benchmark repeats: its request, and what a good answer holds. */
interface Read {

  /** How the report names this kind, e.g. "series 24 h x 1". */
  String name();

  String query();

  /** Variables for the next request; {@code random} picks the series where the kind samples. */
  JsonObject variables(Random random);

  /** Sizes a good answer; throws when it lacks what was asked for. */
  Answer check(JsonObject data);
}
