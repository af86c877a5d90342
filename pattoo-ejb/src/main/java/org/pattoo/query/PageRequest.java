package org.pattoo.query;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Which page to read: at most {@code first} items after a cursor, in ascending or descending sort
 * order. Cursors are the sort values of an item, base64url-encoded, so pages stay stable while rows
 * are added (keyset pagination, no OFFSET).
 */
public record PageRequest(int first, Optional<List<String>> after, boolean descending) {

  public static final int MAX_FIRST = 1000;

  /** Separates the sort values in a cursor; keys, targets and ids never contain it. */
  private static final String SEPARATOR = "\u001f";

  /**
   * Validates the caller's arguments; {@code sortValues} is how many values a cursor of this list
   * holds.
   */
  public static PageRequest of(int first, String after, boolean descending, int sortValues)
      throws QueryException {
    if (first < 1 || first > MAX_FIRST) {
      throw new QueryException("first: expecting 1-" + MAX_FIRST + ", found " + first);
    }
    if (after == null) {
      return new PageRequest(first, Optional.empty(), descending);
    }
    List<String> values;
    try {
      values =
          Arrays.asList(
              new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8)
                  .split(SEPARATOR, -1));
    } catch (IllegalArgumentException e) {
      values = List.of();
    }
    if (values.size() != sortValues) {
      throw new QueryException("after: \"" + after + "\" is not a cursor of this list");
    }
    return new PageRequest(first, Optional.of(values), descending);
  }

  static String cursor(List<String> sortValues) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join(SEPARATOR, sortValues).getBytes(StandardCharsets.UTF_8));
  }
}
