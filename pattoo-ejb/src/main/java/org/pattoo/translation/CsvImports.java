package org.pattoo.translation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pattoo.auth.InvalidInputException;

/** The checks both CSV imports make, all of them, before they write anything. */
final class CsvImports {

  /** A file's rows with the language of each, all of them good. */
  record Checked(List<TranslationCsv.Row> rows, List<Language> languages) {}

  /** What importing one row did. */
  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** Imports one checked row, in its language. */
  interface RowImport {
    Outcome apply(TranslationCsv.Row row, Language language);
  }

  private CsvImports() {}

  /** Imports every row of a checked file, counting what became of each. */
  static ImportResult apply(Checked file, RowImport each) {
    int[] counts = new int[Outcome.values().length];
    for (int i = 0; i < file.rows().size(); i++) {
      counts[each.apply(file.rows().get(i), file.languages().get(i)).ordinal()]++;
    }
    return new ImportResult(
        counts[Outcome.CREATED.ordinal()],
        counts[Outcome.UPDATED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()]);
  }

  /** New when there was nothing stored, changed when what is stored differs from the row. */
  static Outcome outcome(Optional<List<String>> stored, List<String> row) {
    return stored.isEmpty()
        ? Outcome.CREATED
        : stored.get().equals(row) ? Outcome.UNCHANGED : Outcome.UPDATED;
  }

  /**
   * The rows of {@code csv} and their languages.
   *
   * @throws InvalidInputException naming every bad line of the file: its form, an unknown language,
   *     a key, translation or units too long
   */
  static Checked check(EntityManager em, String csv, List<String> columns, int maxKey)
      throws InvalidInputException {
    CsvProblems problems = new CsvProblems();
    List<TranslationCsv.Row> rows = TranslationCsv.parse(csv == null ? "" : csv, columns, problems);
    List<Language> languages = new ArrayList<>();
    for (TranslationCsv.Row row : rows) {
      Language language = Lookups.languageOf(em, row.language()).orElse(null);
      if (language == null) {
        problems.add(row.line(), "no language " + row.language() + " (create it first)");
      }
      languages.add(language);
      tooLong(problems, row, "key", row.key(), maxKey);
      tooLong(problems, row, "translation", row.translation(), 200);
      tooLong(problems, row, "units", row.units(), 50);
    }
    problems.refuseIfAny();
    return new Checked(rows, languages);
  }

  private static void tooLong(
      CsvProblems problems, TranslationCsv.Row row, String column, String value, int max) {
    if (value.length() > max) {
      problems.add(row.line(), column + ": at most " + max + " characters");
    }
  }
}
