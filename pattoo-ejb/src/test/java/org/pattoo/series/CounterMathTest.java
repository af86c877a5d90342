package org.pattoo.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counter rates, one row per case: width, previous, current, milliseconds apart, rate/s. */
class CounterMathTest {

  @ParameterizedTest(name = "{0}-bit {1} -> {2} in {3} ms: {4} ({5})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          32 | 0                    | 100                  | 1000    | 100        | steady rise
          32 | 100                  | 100                  | 1000    | 0          | no change
          32 | 0                    | 2                    | 1        | 2000       | the original's conformance case: 2 per ms
          32 | 0                    | 100                  | 1500     | 66.6666667 | fractional seconds
          32 | 0                    | 600                  | 600000   | 1          | a gap: the actual time, not the interval
          32 | 0                    | 60                   | 60000    | 1          | one minute apart
          32 | 4294967290           | 10                   | 1000     | 16         | wrap near the top
          32 | 4294967295           | 0                    | 1000     | 1          | wrap exactly at 2^32
          32 | 4294967295           | 4294967295           | 1000     | 0          | stuck at the top
          32 | 4000000000           | 1852516351           | 1000     | 2147483647 | largest plausible wrap (just under half the range)
          32 | 4000000000           | 1852516352           | 1000     | reset      | wrap of half the range is a reset
          32 | 3000000000           | 1000000000           | 1000     | reset      | drop from mid-range is a reset
          32 | 1000000              | 5                    | 1000     | reset      | device reboot
          32 | 500                  | 0                    | 1000     | reset      | reboot to zero
          32 | 2147483648           | 0                    | 1000     | reset      | drop from exactly half is a reset
          32 | 2147483649           | 0                    | 1000     | 2147483647 | drop from just above half wraps
          32 | 0                    | 100                  | 0        | none       | same timestamp: no rate
          32 | 0                    | 100                  | -1000    | none       | time going backwards: no rate
          64 | 0                    | 1000000000           | 1000     | 1000000000 | 64-bit rise
          64 | 18446744073709547520 | 4096                 | 1000     | 8192       | 64-bit wrap near 2^64
          64 | 1000000000000000     | 10                   | 1000     | reset      | 64-bit reboot
          64 | 13835058055282163712 | 4611686018427387904  | 1000     | reset      | 64-bit drop of half the range is a reset
          64 | 4294967290           | 10                   | 1000     | reset      | a 32-bit wrap seen by a 64-bit counter is a reset
          64 | 10                   | 10                   | 60000    | 0          | 64-bit no change
          64 | 9007199254740992     | 9007199254741992     | 1000     | 1000       | beyond 2^53, increments still exact in thousands
          64 | 9007199254740993     | 9007199254740995     | 1000     | 2          | beyond 2^53, odd readings a double rounds
          64 | 18446744073709551606 | 5                    | 1000     | 15         | wrap from 2^64 - 10 to 5 (issue 18's case)
          64 | 18446744073709551614 | 18446744073709551615 | 1000     | 1          | a rise of 1 at the very top
          64 | 18446744073709551615 | 18446744073709551615 | 1000     | 0          | stuck at the very top
          32 | 12.25                | 14.75                | 1000     | 2.5        | fractional readings (CPU seconds)
          """)
  void ratesFollowWrapsAndResets(
      int bits, BigDecimal prev, BigDecimal curr, long ms, String expected, String why) {
    OptionalDouble rate = CounterMath.rate(new Reading(0, prev), new Reading(ms, curr), bits);

    switch (expected) {
      case "reset", "none" -> assertThat(rate).as(why).isEmpty();
      default ->
          assertThat(rate.orElseThrow())
              .as(why)
              .isCloseTo(Double.parseDouble(expected), within(1e-6));
    }
  }

  @Test
  void keepsTheDigitsOfReadingsBeyondWhatADoubleHolds() {
    assertThat(CounterMath.beyondDouble("18446744073709551606", 18446744073709551606d))
        .isEqualTo(new BigDecimal("18446744073709551606"));
    assertThat(CounterMath.beyondDouble(" 9007199254740993 ", 9007199254740993d))
        .isEqualTo(new BigDecimal("9007199254740993"));
  }

  @Test
  void keepsNothingBesideADoubleThatHoldsTheReading() {
    assertThat(CounterMath.beyondDouble("9007199254740992", 9007199254740992d)).isNull();
    assertThat(CounterMath.beyondDouble("18446744073709551616", 18446744073709551616d)).isNull();
    assertThat(CounterMath.beyondDouble("12.25", 12.25)).isNull();
    assertThat(CounterMath.beyondDouble("0x1p60", 0x1p60)).isNull();
  }
}
