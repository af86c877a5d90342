package org.pattoo.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code pattoo.retention.*} keys: how long each tier is kept; empty means forever. Old data
 * goes by whole partitions, so a tier keeps up to one partition span (a day of raw samples, a month
 * of 5-minute buckets, a year of hours or days) longer than its retention.
 */
public record RetentionSettings(
    Optional<Duration> raw,
    Optional<Duration> fiveMinutes,
    Optional<Duration> hour,
    Optional<Duration> day,
    Duration interval) {

  static RetentionSettings read(SettingsReader r) {
    Duration min = Duration.ofDays(1);
    return new RetentionSettings(
        r.retention("pattoo.retention.raw", Optional.of(Duration.ofDays(35)), min),
        r.retention("pattoo.retention.five-minutes", Optional.of(Duration.ofDays(400)), min),
        r.retention("pattoo.retention.hour", Optional.of(Duration.ofDays(5 * 365)), min),
        r.retention("pattoo.retention.day", Optional.empty(), min),
        r.duration(
            "pattoo.retention.interval",
            Duration.ofHours(1),
            Duration.ofSeconds(10),
            Duration.ofDays(1)));
  }
}
