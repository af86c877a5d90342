package org.pattoo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsReaderTest {

  private static SettingsReader reader(Map<String, String> values) {
    return new SettingsReader(k -> Optional.ofNullable(values.get(k)));
  }

  @ParameterizedTest
  @CsvSource({"500ms,PT0.5S", "30s,PT30S", "5m,PT5M", "2h,PT2H", "35d,PT840H", "1w,PT168H"})
  void parsesPrometheusStyleDurations(String text, Duration expected) {
    assertThat(SettingsReader.parseDuration(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"30", "s", "5 minutes", "1.5h", "99999999999999999999s"})
  void rejectsDurationsWithoutAUnitOrNumber(String text) {
    assertThat(SettingsReader.parseDuration(text)).isEmpty();
  }

  @Test
  void formatsDurationsInTheLargestExactUnit() {
    assertThat(SettingsReader.format(Duration.ofDays(35))).isEqualTo("5w");
    assertThat(SettingsReader.format(Duration.ofMinutes(90))).isEqualTo("90m");
    assertThat(SettingsReader.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
  }

  @Test
  void negativeDurationIsAnErrorNamingTheKey() {
    SettingsReader r = reader(Map.of("pattoo.health.db-timeout", "-5s"));

    assertThatThrownBy(() -> Settings.read(r))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage(
            "invalid configuration: pattoo.health.db-timeout: expecting a positive duration such"
                + " as 30s, 5m or 35d, found \"-5s\"");
  }

  @Test
  void reportsEveryBadKeyAtOnce() {
    SettingsReader r =
        reader(Map.of("pattoo.health.db-timeout", "soon", "pattoo.schema.retry-interval", "0s"));

    assertThatThrownBy(() -> Settings.read(r))
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "pattoo.health.db-timeout: expecting a positive duration such as 30s, 5m"
                            + " or 35d, found \"soon\"",
                        "pattoo.schema.retry-interval: expecting a positive duration such as 30s,"
                            + " 5m or 35d, found \"0s\""));
  }

  @Test
  void unwiseDurationIsClampedWithAWarning() {
    SettingsReader r = reader(Map.of("pattoo.health.db-timeout", "1h"));

    Settings settings = Settings.read(r);

    assertThat(settings.dbTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.warnings())
        .containsExactly("pattoo.health.db-timeout: 1h is outside 1s-10s, using 10s");
  }

  @Test
  void missingKeysTakeTheirDefaults() {
    SettingsReader r = reader(Map.of());

    Settings settings = Settings.read(r);

    assertThat(settings.dbTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.schemaRetryInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.effectiveMasked())
        .containsEntry("pattoo.health.db-timeout", "3s")
        .containsEntry("pattoo.schema.retry-interval", "10s")
        .containsEntry("pattoo.ingest.max-points", "100000")
        .containsEntry("pattoo.ingest.open-networks", "127.0.0.0/8,::1/128")
        .containsEntry("pattoo.storage.partition-lead", "2d")
        .containsEntry("pattoo.retention.raw", "5w")
        .containsEntry("pattoo.retention.hour", "5y")
        .containsEntry("pattoo.retention.day", "forever")
        .containsEntry("pattoo.query.target-points", "1000");
  }

  @Test
  void retentionIsADurationOrForever() {
    Settings settings =
        Settings.read(
            reader(Map.of("pattoo.retention.raw", "forever", "pattoo.retention.day", "10y")));

    assertThat(settings.retention().raw()).isEmpty();
    assertThat(settings.retention().day()).contains(Duration.ofDays(3650));
  }

  @Test
  void retentionUnderADayIsAnErrorNotClamped() {
    SettingsReader r = reader(Map.of("pattoo.retention.five-minutes", "12h"));

    assertThatThrownBy(() -> Settings.read(r))
        .hasMessage(
            "invalid configuration: pattoo.retention.five-minutes: expecting forever or a"
                + " duration of at least 1d such as 35d, found \"12h\"");
  }

  @Test
  void integersOutsideTheirRangeAreErrors() {
    SettingsReader r = reader(Map.of("pattoo.x.count", "0", "pattoo.x.size", "12a"));

    r.integer("pattoo.x.count", 5, 1, 10);
    r.integer("pattoo.x.size", 5, 1, 10);

    assertThatThrownBy(r::failOnProblems)
        .hasMessage(
            "invalid configuration: pattoo.x.count: expecting an integer 1-10, found 0;"
                + " pattoo.x.size: expecting an integer 1-10, found \"12a\"");
  }

  @Test
  void booleansAreTrueOrFalseInAnyCase() {
    SettingsReader r =
        reader(Map.of("pattoo.x.on", " TRUE ", "pattoo.x.off", "false", "pattoo.x.bad", "yes"));

    assertThat(r.bool("pattoo.x.on", false)).isTrue();
    assertThat(r.bool("pattoo.x.off", true)).isFalse();
    assertThat(r.bool("pattoo.x.unset", true)).isTrue();
    assertThat(r.bool("pattoo.x.bad", false)).isFalse();
    assertThatThrownBy(r::failOnProblems)
        .hasMessage("invalid configuration: pattoo.x.bad: expecting true or false, found \"yes\"");
  }

  @Test
  void secretsAreMaskedInTheEffectiveConfig() {
    SettingsReader r =
        reader(Map.of("pattoo.ingest.tokens", "abc", "pattoo.db.password", "p", "pattoo.x.n", "3"));

    r.integer("pattoo.x.n", 1, 1, 10);
    r.string("pattoo.ingest.tokens", "");
    r.string("pattoo.db.password", "");

    assertThat(r.effectiveMasked())
        .containsEntry("pattoo.x.n", "3")
        .containsEntry("pattoo.ingest.tokens", "****")
        .containsEntry("pattoo.db.password", "****");
  }
}
