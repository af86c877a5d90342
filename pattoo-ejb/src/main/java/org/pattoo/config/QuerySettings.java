package org.pattoo.config;

import java.time.Duration;

/**
 * The {@code pattoo.query.*} keys.
 *
 * @param targetPoints points per series the AUTO resolution aims for: it picks the coarsest tier
 *     giving at least this many over the range
 * @param maxPoints most points one series query may return, over all its series; larger ranges at
 *     that resolution are refused with a message naming a coarser one
 * @param language language of the key translations (labels and units) shown with each series
 * @param statementTimeout longest a read may keep PostgreSQL busy before it is cancelled
 */
public record QuerySettings(
    int targetPoints, int maxPoints, String language, Duration statementTimeout) {

  static QuerySettings read(SettingsReader r) {
    return new QuerySettings(
        r.integer("pattoo.query.target-points", 1000, 10, 100_000),
        r.integer("pattoo.query.max-points", 2_000_000, 1000, 100_000_000),
        r.string("pattoo.query.language", "en"),
        r.duration(
            "pattoo.query.statement-timeout",
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            Duration.ofMinutes(30)));
  }
}
