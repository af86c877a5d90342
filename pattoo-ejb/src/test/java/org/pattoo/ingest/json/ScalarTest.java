package org.pattoo.ingest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarTest {

  /** Expected values written out by hand; 'none' means not a whole number in a long. */
  @ParameterizedTest
  @CsvSource({
    "1700000000000, 1700000000000",
    "0, 0",
    "007, 7",
    "999999999999999999, 999999999999999999",
    "9223372036854775807, 9223372036854775807",
    "9223372036854775808, none",
    "-3, -3",
    "1.2e1, 12",
    "'  12 ', 12",
    "12.0, 12",
    "1.5, none",
    "12a, none",
    "'', none",
  })
  void longOfReadsWholeNumbersOnly(String text, String expected) {
    Optional<Long> want =
        expected.equals("none") ? Optional.empty() : Optional.of(Long.valueOf(expected));
    assertEquals(want, Scalar.longOf(text));
  }
}
