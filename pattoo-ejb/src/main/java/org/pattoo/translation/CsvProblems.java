package org.pattoo.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pattoo.auth.InvalidInputException;

/**
 * What is wrong with a translation CSV, by line: every check adds here, and the file is refused
 * with all of it, in line order, so one round of fixes is enough.
 */
final class CsvProblems {

  private static final int MAX_REPORTED = 20;

  private record Problem(long line, String message) {}

  private final List<Problem> problems = new ArrayList<>();

  /** A problem of line {@code line}; 0 for the file as a whole. */
  void add(long line, String message) {
    problems.add(new Problem(line, message));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems as one message, the first 20 by line. */
  String summary() {
    List<String> texts =
        problems.stream()
            .sorted(Comparator.comparingLong(Problem::line))
            .map(p -> p.line() == 0 ? p.message() : "line " + p.line() + ": " + p.message())
            .toList();
    String shown = String.join("; ", texts.subList(0, Math.min(MAX_REPORTED, texts.size())));
    return texts.size() > MAX_REPORTED
        ? shown + "; and " + (texts.size() - MAX_REPORTED) + " more"
        : shown;
  }

  void refuseIfAny() throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException("csv", summary());
    }
  }
}
