package org.pattoo.translation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.pattoo.auth.InvalidInputException;

/** The checks both CSV imports make before they write anything. */
final class CsvImports {

  private CsvImports() {}

  /** The file's rows, or its bad lines as the {@code csv} argument's error. */
  static List<TranslationCsv.Row> rows(String csv, List<String> columns)
      throws InvalidInputException {
    try {
      return TranslationCsv.parse(csv == null ? "" : csv, columns);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("csv", e.getMessage());
    }
  }

  /** Each row's language; every row naming an unknown one is reported. */
  static List<Language> languages(EntityManager em, List<TranslationCsv.Row> rows)
      throws InvalidInputException {
    List<Language> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (TranslationCsv.Row row : rows) {
      Language language = Lookups.languageOf(em, row.language()).orElse(null);
      if (language == null) {
        problems.add(
            "line " + row.line() + ": no language " + row.language() + " (create it first)");
      }
      out.add(language);
    }
    refuseIf(problems);
    return out;
  }

  /** Notes a row whose key, translation or units are too long. */
  static void check(
      List<String> problems,
      TranslationCsv.Row row,
      String key,
      int maxKey,
      String translation,
      String units) {
    if (key.length() > maxKey) {
      problems.add("line " + row.line() + ": key: at most " + maxKey + " characters");
    }
    if (translation.length() > 200) {
      problems.add("line " + row.line() + ": translation: at most 200 characters");
    }
    if (units.length() > 50) {
      problems.add("line " + row.line() + ": units: at most 50 characters");
    }
  }

  static void refuseIf(List<String> problems) throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException("csv", TranslationCsv.summary(problems));
    }
  }
}
