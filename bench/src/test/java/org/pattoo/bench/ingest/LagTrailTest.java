package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A steady run's verdict on the rollups, from the lag read in each half of a 600-s run. */
class LagTrailTest {

  @Test
  void aLagThatRisesAndFallsWithinTheSameRangeKeptUp() {
    LagTrail trail = new LagTrail();
    // The saw of a job that keeps up: 60 s after it rolled, 400 s just before the next bucket;
    // the second half's peak read 90 s higher (the job ran a minute later, read 30 s closer).
    double[] lags = {60, 150, 240, 330, 400, 90, 180, 270, 360, 490, 100, 190};
    for (int i = 0; i < lags.length; i++) {
      trail.add(30 + 50 * i, lags[i]); // 30..580 s: six readings in each half
    }

    assertThat(trail.summary(600))
        .isEqualTo(
            "rollup lag        largest 400 s in the first half, 490 s in the second%n".formatted()
                + "rollups           kept up%n".formatted());
  }

  @Test
  void aLagThatGrowsByMoreThanItsReadingsVaryByFellBehind() {
    LagTrail trail = new LagTrail();
    trail.add(100, 380);
    trail.add(299, 400); // the first half ends at 300 s
    trail.add(300, 200);
    trail.add(590, 491); // 91 s more than the first half's largest

    assertThat(trail.summary(600))
        .contains("largest 400 s in the first half, 491 s in the second")
        .contains("fell behind: the lag grew by 91 s, more than the 90 s its readings vary by");
  }

  @Test
  void withoutReadingsInBothHalvesThereIsNoVerdict() {
    LagTrail trail = new LagTrail();
    trail.add(100, 300);

    assertThat(trail.summary(600)).contains("not read in both halves").doesNotContain("kept up");
  }
}
