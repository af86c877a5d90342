package org.pattoo.query;

import java.time.Duration;
import java.util.Optional;
import org.pattoo.config.RetentionSettings;
import org.pattoo.rollup.RollupTier;

/** What a series query reads: raw samples or one rollup tier; AUTO picks one for the range. */
public enum Resolution {
  RAW(null),
  FIVE_MINUTES(RollupTier.FIVE_MINUTES),
  HOUR(RollupTier.HOUR),
  DAY(RollupTier.DAY),
  AUTO(null);

  private final RollupTier tier;

  Resolution(RollupTier tier) {
    this.tier = tier;
  }

  /** The rollup tier read; empty for RAW. */
  public Optional<RollupTier> tier() {
    return Optional.ofNullable(tier);
  }

  /** Distance between points: the bucket width, or the polling interval for RAW. */
  public long stepMs(long pollingMs) {
    return tier == null ? pollingMs : tier.widthMs();
  }

  /**
   * AUTO's choice for [from, to): the coarsest resolution still giving {@code targetPoints} points
   * whose retention reaches back to {@code from}; failing that, the finest one that reaches back;
   * failing that, the one kept longest.
   */
  public static Resolution choose(
      long from, long to, long pollingMs, long now, RetentionSettings retention, int targetPoints) {
    Resolution[] coarseFirst = {DAY, HOUR, FIVE_MINUTES, RAW};
    Resolution finestKept = null;
    for (Resolution r : coarseFirst) {
      if (!r.keeps(from, now, retention)) {
        continue;
      }
      if ((to - from) / r.stepMs(pollingMs) >= targetPoints) {
        return r;
      }
      finestKept = r;
    }
    if (finestKept != null) {
      return finestKept;
    }
    Resolution longest = DAY;
    for (Resolution r : coarseFirst) {
      if (r.keptMs(retention) > longest.keptMs(retention)) {
        longest = r;
      }
    }
    return longest;
  }

  /** Whether this resolution still holds data at {@code from}. */
  boolean keeps(long from, long now, RetentionSettings retention) {
    return from >= now - keptMs(retention);
  }

  /** How long this resolution's data is kept, in ms; Long.MAX_VALUE / 2 for forever. */
  private long keptMs(RetentionSettings r) {
    Optional<Duration> kept =
        switch (this) {
          case RAW -> r.raw();
          case FIVE_MINUTES -> r.fiveMinutes();
          case HOUR -> r.hour();
          case DAY, AUTO -> r.day();
        };
    return kept.map(Duration::toMillis).orElse(Long.MAX_VALUE / 2);
  }
}
