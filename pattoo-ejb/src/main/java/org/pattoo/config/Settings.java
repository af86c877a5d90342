package org.pattoo.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The server's effective configuration, read once at startup from MicroProfile Config. Each key is
 * documented in docs/configuration.md with its default, unit and range.
 *
 * @param dbTimeout {@code pattoo.health.db-timeout}: how long readiness waits for PostgreSQL
 * @param schemaRetryInterval {@code pattoo.schema.retry-interval}: pause between migration attempts
 *     while PostgreSQL is unreachable
 * @param ingest the {@code pattoo.ingest.*} keys
 * @param partitionLead {@code pattoo.storage.partition-lead}: how far ahead sample partitions exist
 * @param compactAfter {@code pattoo.storage.compact-after}: age at which a day's samples are
 *     compacted (late data for older days is still accepted, checked for duplicates one by one)
 * @param seal {@code pattoo.storage.seal}: whether numeric samples are kept in compressed chunks
 *     ({@code sample_chunk}): hot minutes folded, cold days sealed
 * @param foldAfter {@code pattoo.storage.fold-after}: age at which hot numeric samples are folded
 *     into chunks, in 10-minute windows (with {@code seal} only)
 * @param rollupInterval {@code pattoo.rollup.interval}: how often closed buckets are rolled up
 * @param retention the {@code pattoo.retention.*} keys
 * @param query the {@code pattoo.query.*} keys
 * @param graphql the {@code pattoo.graphql.*} keys
 * @param auth the {@code pattoo.auth.*} keys
 */
public record Settings(
    Duration dbTimeout,
    Duration schemaRetryInterval,
    IngestSettings ingest,
    Duration partitionLead,
    Duration compactAfter,
    boolean seal,
    Duration foldAfter,
    Duration rollupInterval,
    RetentionSettings retention,
    QuerySettings query,
    GraphQLSettings graphql,
    AuthSettings auth) {

  public Settings {
    Objects.requireNonNull(dbTimeout, "dbTimeout");
    Objects.requireNonNull(schemaRetryInterval, "schemaRetryInterval");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(partitionLead, "partitionLead");
    Objects.requireNonNull(compactAfter, "compactAfter");
    Objects.requireNonNull(foldAfter, "foldAfter");
    Objects.requireNonNull(rollupInterval, "rollupInterval");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(graphql, "graphql");
    Objects.requireNonNull(auth, "auth");
  }

  /** Reads every key, failing with all impossible values named at once. */
  public static Settings read(SettingsReader r) {
    Settings settings =
        new Settings(
            r.duration(
                "pattoo.health.db-timeout",
                Duration.ofSeconds(3),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10)),
            r.duration(
                "pattoo.schema.retry-interval",
                Duration.ofSeconds(10),
                Duration.ofSeconds(1),
                Duration.ofMinutes(10)),
            IngestSettings.read(r),
            r.duration(
                "pattoo.storage.partition-lead",
                Duration.ofDays(2),
                Duration.ofDays(1),
                Duration.ofDays(31)),
            r.duration(
                "pattoo.storage.compact-after",
                Duration.ofDays(2),
                Duration.ofDays(1),
                Duration.ofDays(365)),
            r.bool("pattoo.storage.seal", true),
            r.duration(
                "pattoo.storage.fold-after",
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                Duration.ofDays(1)),
            r.duration(
                "pattoo.rollup.interval",
                Duration.ofMinutes(1),
                Duration.ofSeconds(10),
                Duration.ofDays(1)),
            RetentionSettings.read(r),
            QuerySettings.read(r),
            GraphQLSettings.read(r),
            AuthSettings.read(r));
    r.failOnProblems();
    return settings;
  }
}
