package org.pattoo.ingest;

/**
 * One thing wrong with a posted payload.
 *
 * @param where a JSON path ({@code $.pattoo_datapoints.datapoint_pairs[3]}) or {@code line 17}
 * @param message what was expected and what was found
 */
public record Violation(String where, String message) {

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
