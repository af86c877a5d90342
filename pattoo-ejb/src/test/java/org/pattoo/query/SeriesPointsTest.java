package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.rollup.Bucket;
import org.pattoo.series.Reading;
import org.pattoo.series.Samples;

class SeriesPointsTest {

  @Test
  void rawGaugesMarkGapsLongerThanTwoPollingIntervals() {
    List<SeriesPoint> points =
        SeriesPoints.raw(
            Samples.of(
                new long[] {0, 60_000, 120_000, 300_000, 360_000}, new double[] {1, 2, 3, 4, 5}),
            0,
            null,
            60_000);

    assertThat(points)
        .extracting(SeriesPoint::timestamp, SeriesPoint::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 1.0),
            org.assertj.core.groups.Tuple.tuple(60_000L, 2.0),
            org.assertj.core.groups.Tuple.tuple(120_000L, 3.0),
            org.assertj.core.groups.Tuple.tuple(180_000L, null),
            org.assertj.core.groups.Tuple.tuple(300_000L, 4.0),
            org.assertj.core.groups.Tuple.tuple(360_000L, 5.0));
  }

  @Test
  void theFirstRawCounterRateUsesTheSampleBeforeTheRange() {
    List<SeriesPoint> points =
        SeriesPoints.raw(
            Samples.of(new long[] {60_000}, new double[] {700}),
            32,
            new Reading(0, BigDecimal.valueOf(100)),
            60_000);

    assertThat(points.get(0).value()).isEqualTo(10.0);
  }

  @Test
  void theGridHasEveryBucketWithNullsWhereNoneIs() {
    Bucket gauge = new Bucket(300_000, 2, 10, 4, 6, 300_000, 4, 360_000, 6, 0, 0, null);

    List<SeriesPoint> points =
        SeriesPoints.grid(new SeriesPoint[3], new Bucket[] {null, gauge, null}, 0, 300_000, false);

    assertThat(points).hasSize(3);
    assertThat(points.get(0).value()).isNull();
    assertThat(points.get(1)).isEqualTo(new SeriesPoint(300_000, 5.0, 4.0, 6.0, 2));
    assertThat(points.get(2).value()).isNull();
  }

  @Test
  void aCounterBucketWithoutIntervalsHasNoRate() {
    Bucket first = new Bucket(0, 1, 10, 10, 10, 0, 10, 0, 10, 0, 0, null);
    Bucket rising = new Bucket(300_000, 2, 10, 4, 6, 300_000, 4, 360_000, 6, 600, 60, null);

    List<SeriesPoint> points =
        SeriesPoints.grid(new SeriesPoint[2], new Bucket[] {first, rising}, 0, 300_000, true);

    assertThat(points.get(0).value()).isNull();
    assertThat(points.get(0).count()).isEqualTo(1);
    assertThat(points.get(1).value()).isEqualTo(10.0);
    assertThat(points.get(1).min()).as("a counter bucket has one rate").isNull();
  }

  @Test
  void aCompleteBucketShowsAsReadAndAnAssembledOneTakesItsPlace() {
    SeriesPoint read = SeriesPoints.bucket(0, 4, 10, 1, 4, 0, 0, false);
    SeriesPoint counterRead = SeriesPoints.bucket(0, 2, 0, 0, 0, 30, 60, true);
    Bucket assembled = new Bucket(300_000, 2, 10, 4, 6, 300_000, 4, 360_000, 6, 0, 0, null);

    List<SeriesPoint> points =
        SeriesPoints.grid(
            new SeriesPoint[] {read, SeriesPoint.gap(300_000)},
            new Bucket[] {null, assembled},
            0,
            300_000,
            false);

    assertThat(points)
        .containsExactly(
            new SeriesPoint(0, 2.5, 1.0, 4.0, 4), new SeriesPoint(300_000, 5.0, 4.0, 6.0, 2));
    assertThat(counterRead).isEqualTo(new SeriesPoint(0, 0.5, null, null, 2));
  }
}
