package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pattoo.config.RetentionSettings;

/** AUTO's choice: coarsest tier with enough points, among those still holding data at from. */
class ResolutionTest {

  static final long NOW = 1_800_000_000_000L;
  static final long DAY = 86_400_000L;

  static final RetentionSettings DEFAULTS =
      new RetentionSettings(
          Optional.of(Duration.ofDays(35)),
          Optional.of(Duration.ofDays(400)),
          Optional.of(Duration.ofDays(5 * 365)),
          Optional.empty(),
          Duration.ofHours(1));

  @ParameterizedTest(name = "{0} days ending {1} days ago, polling {2} s, target {3}: {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1      | 0    | 60  | 1000 | RAW          | 1440 samples reach the target
          1      | 0    | 10  | 1000 | RAW          | 8640 samples; 288 buckets would not
          7      | 0    | 60  | 1000 | FIVE_MINUTES | 2016 buckets reach it
          30     | 0    | 60  | 1000 | FIVE_MINUTES | 8640 buckets
          60     | 0    | 60  | 1000 | HOUR         | 1440 hours; 5-minute buckets are coarser than needed
          3650   | 0    | 60  | 1000 | DAY          | ten years of days reach 1000
          0.0417 | 0    | 60  | 1000 | RAW          | an hour: nothing reaches it, the finest kept
          1      | 40   | 60  | 1000 | FIVE_MINUTES | raw samples are gone after 35 days
          1      | 500  | 60  | 1000 | HOUR         | 5-minute buckets are gone after 400 days
          1      | 2000 | 60  | 1000 | DAY          | hours are gone after 5 years
          1      | 0    | 60  | 20   | HOUR         | a day of hours reaches a target of 20
          """)
  void autoPicks(
      double days, int endsDaysAgo, int pollingS, int target, String expected, String why) {
    long to = NOW - endsDaysAgo * DAY;
    long from = to - (long) (days * DAY);

    assertThat(Resolution.choose(from, to, pollingS * 1000L, NOW, DEFAULTS, target))
        .as(why)
        .isEqualTo(Resolution.valueOf(expected));
  }

  @ParameterizedTest(name = "nothing kept {0} days back: {1}")
  @CsvSource({"100, DAY", "1000, HOUR"})
  void withNoTierKeepingTheRangeTheLongestKeptAnswers(int daysAgo, String expected) {
    RetentionSettings shortDays =
        new RetentionSettings(
            Optional.of(Duration.ofDays(2)),
            Optional.of(Duration.ofDays(10)),
            Optional.of(expected.equals("HOUR") ? Duration.ofDays(400) : Duration.ofDays(20)),
            Optional.of(expected.equals("HOUR") ? Duration.ofDays(30) : Duration.ofDays(50)),
            Duration.ofHours(1));
    long from = NOW - daysAgo * DAY;

    assertThat(Resolution.choose(from, from + DAY, 60_000, NOW, shortDays, 1000))
        .isEqualTo(Resolution.valueOf(expected));
  }
}
