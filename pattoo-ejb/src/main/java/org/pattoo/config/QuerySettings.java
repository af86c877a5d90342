package org.pattoo.config;

/**
 * The {@code pattoo.query.*} keys.
 *
 * @param targetPoints points per series the AUTO resolution aims for: it picks the coarsest tier
 *     giving at least this many over the range
 * @param maxPoints most points one series query may return, over all its series; larger ranges at
 *     that resolution are refused with a message naming a coarser one
 * @param language language of the key translations (labels and units) shown with each series
 */
public record QuerySettings(int targetPoints, int maxPoints, String language) {

  static QuerySettings read(SettingsReader r) {
    return new QuerySettings(
        r.integer("pattoo.query.target-points", 1000, 10, 100_000),
        r.integer("pattoo.query.max-points", 2_000_000, 1000, 100_000_000),
        r.string("pattoo.query.language", "en"));
  }
}
