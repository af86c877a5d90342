package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pattoo.rollup.Bucket;
import org.pattoo.rollup.Buckets;
import org.pattoo.series.CounterMath;
import org.pattoo.series.Samples;

/**
 * Counter series, one row per case: width, samples as {@code seconds:value} in arrival order, and
 * the rate over the whole series (increase per second of the intervals that count; none when no
 * interval counts). Raw samples, 5-minute buckets and 1-minute buckets merged up must all give it,
 * so rollups of counters agree with raw samples.
 */
class CounterRatesTest {

  @ParameterizedTest(name = "{0}-bit [{1}]: {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          32 | 0:0 60:600                                   | 10          | steady rise
          32 | 0:0                                          | none        | single sample
          32 | 0:0 60:600 120:1200                          | 10          | three samples
          32 | 0:100 60:100                                 | 0           | flat
          32 | 0:0 60:600 60:999 120:1200                   | 10          | duplicate timestamp: the first stored wins
          32 | 0:0 60:600 0:5                               | 10          | a late duplicate of the first sample is ignored
          32 | 60:600 0:0 120:1200                          | 10          | out-of-order arrival
          32 | 120:1200 60:600 0:0                          | 10          | reversed arrival
          32 | 0:4294966696 60:0                            | 10          | wrap to exactly zero
          32 | 0:4294967000 60:304                          | 10          | wrap past zero
          32 | 0:4294967000 60:304 120:904                  | 10          | wrap, then rise
          32 | 60:304 0:4294967000 120:904                  | 10          | wrap, arriving out of order
          32 | 0:1000000 60:5 120:605                       | 10          | reset, then rise: the reset interval counts nothing
          32 | 0:1000000 60:0                               | none        | reset only
          32 | 0:0 60:600 120:50 180:650                    | 10          | reset in the middle
          32 | 0:3000000000 60:1000000000                   | none        | a drop from mid-range is a reset
          32 | 0:2147483649 60:0                            | 35791394.116666667 | the largest plausible wrap
          32 | 0:2147483648 60:0                            | none        | a drop of half the range is a reset
          32 | 0:4294967295 60:4294967295                   | 0           | stuck at the top
          32 | 0:0 60:600 660:6600                          | 10          | a gap: rate over the actual time
          32 | 0:0 60:600 1260:1800                         | 1.428571429 | a gap with a slower rise
          32 | 0:0 30:600                                   | 20          | samples closer than the polling interval
          32 | 0:0 61:610                                   | 10          | jittered polling
          32 | 0:0 60:600 120:600 180:1200                  | 6.666666667 | a flat interval inside: 1200 in 180 s
          32 | 0:0 300:3000                                 | 10          | ends exactly on a bucket boundary
          32 | 290:0 310:200                                | 10          | crosses a bucket boundary
          32 | 0:0 3600:36000                               | 10          | one interval spanning an hour
          32 | 0:0 86400:864000                             | 10          | a day-long gap
          64 | 0:0 60:600 120:1200                          | 10          | 64-bit steady rise
          64 | 0:0 60:6000000000                            | 100000000   | 64-bit beyond 2^32
          64 | 0:18446744073709543424 60:4096               | 204.8       | 64-bit wrap
          64 | 0:18446744073709551606 60:5                  | 0.25        | wrap from 2^64 - 10 to 5: 15 in 60 s
          64 | 0:9007199254740993 60:9007199254741053       | 1           | odd readings beyond 2^53: 60 in 60 s
          64 | 0:18446744073709551000 60:18446744073709551600 120:18446744073709551610 | 5.083333333 | near 2^64: 610 in 120 s
          64 | 0:1000000000000000 60:10                     | none        | 64-bit reboot
          64 | 0:4294967290 60:10                           | none        | a 32-bit wrap seen by a 64-bit counter is a reset
          64 | 0:9007199254740992 60:9007199254741992       | 16.66666667 | beyond 2^53
          64 | 0:100 60:50 120:650                          | 10          | 64-bit reset, then rise
          """)
  void rawSamplesAndEveryRollupGiveTheSameRate(
      int bits, String samples, String expected, String why) {
    Samples stored = stored(samples);

    double raw = rawRate(stored, bits);
    double fiveMinutes = merged(Buckets.of(stored, 300_000, bits));
    double oneMinute = merged(Buckets.of(stored, 60_000, bits));

    if (expected.equals("none")) {
      assertThat(raw).as(why + ": raw").isNaN();
      assertThat(fiveMinutes).as(why + ": 5-minute buckets").isNaN();
      assertThat(oneMinute).as(why + ": 1-minute buckets").isNaN();
    } else {
      double want = Double.parseDouble(expected);
      assertThat(raw).as(why + ": raw").isCloseTo(want, within(1e-6));
      assertThat(fiveMinutes).as(why + ": 5-minute buckets").isCloseTo(want, within(1e-6));
      assertThat(oneMinute).as(why + ": 1-minute buckets").isCloseTo(want, within(1e-6));
    }
  }

  /** The samples as the database returns them: by time, a repeated time keeping the first. */
  private static List<String[]> sorted(String samples) {
    List<String[]> out = new ArrayList<>();
    for (String s : samples.trim().split("\\s+")) {
      out.add(s.split(":"));
    }
    out.sort(Comparator.comparingLong(s -> Long.parseLong(s[0]))); // stable: first stays first
    return out;
  }

  /** The samples as stored: the double, and the exact reading where the double cannot hold it. */
  private static Samples stored(String samples) {
    Samples out = new Samples();
    for (String[] s : sorted(samples)) {
      double value = Double.parseDouble(s[1]);
      out.add(Long.parseLong(s[0]) * 1000, value, CounterMath.beyondDouble(s[1], value));
    }
    return out;
  }

  /** The series' rate from per-sample raw rates, weighted by the time each covers. */
  private static double rawRate(Samples samples, int bits) {
    List<SeriesPoint> points =
        SeriesPoints.raw(samples, bits, null, 60_000).stream().filter(p -> p.count() > 0).toList();
    double increase = 0;
    double seconds = 0;
    long[] distinct =
        java.util.stream.IntStream.range(0, samples.size())
            .mapToLong(samples::ts)
            .distinct()
            .toArray();
    for (int i = 1; i < points.size(); i++) {
      Double rate = points.get(i).value();
      if (rate != null) {
        double dt = (distinct[i] - distinct[i - 1]) / 1000.0;
        increase += rate * dt;
        seconds += dt;
      }
    }
    return seconds > 0 ? increase / seconds : Double.NaN;
  }

  /** All buckets merged into one, as hours and days are built from 5-minute buckets. */
  private static double merged(List<Bucket> buckets) {
    Bucket all = buckets.get(0);
    for (Bucket b : buckets.subList(1, buckets.size())) {
      all = all.merge(b, all.start());
    }
    return all.rate();
  }
}
